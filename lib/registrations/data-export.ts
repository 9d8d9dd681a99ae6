import { dateOnly } from "@/lib/time";
import { formatCheckInCode } from "@/lib/registrations/links";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";

type Exportable = {
  email: string;
  fullName: string;
  jobTitle: string;
  sector: string;
  country: string;
  phone: string | null;
  dietaryNeeds: string | null;
  accessibilityNeeds: string | null;
  note: string | null;
  status: RegistrationStatus;
  consentVersion: string;
  consentAt: Date;
  createdAt: Date;
  emailConfirmedAt: Date | null;
  waitlistedAt: Date | null;
  decidedAt: Date | null;
  cancelledAt: Date | null;
  checkedInAt: Date | null;
  needsPurgedAt: Date | null;
  deletionRequestedAt: Date | null;
  checkInCode: string;
  organisation: { name: string } | null;
  interests: { session: { title: string } }[];
  forum: { name: string; slug: string; startsOn: Date; endsOn: Date };
};

/** The registrant's own data in a plain, documented shape (no internal ids or token hashes). */
export function registrationDataExport(reg: Exportable) {
  return {
    exportedAt: new Date().toISOString(),
    forum: { name: reg.forum.name, slug: reg.forum.slug, startsOn: dateOnly(reg.forum.startsOn), endsOn: dateOnly(reg.forum.endsOn) },
    person: {
      fullName: reg.fullName,
      email: reg.email,
      jobTitle: reg.jobTitle,
      organisation: reg.organisation?.name ?? null,
      sector: reg.sector,
      country: reg.country,
      phone: reg.phone,
    },
    sensitive: {
      dietaryNeeds: reg.dietaryNeeds,
      accessibilityNeeds: reg.accessibilityNeeds,
      removedAt: reg.needsPurgedAt?.toISOString() ?? null,
    },
    sessionsOfInterest: reg.interests.map((i) => i.session.title),
    noteToOrganisers: reg.note,
    registration: {
      status: reg.status,
      registeredAt: reg.createdAt.toISOString(),
      emailConfirmedAt: reg.emailConfirmedAt?.toISOString() ?? null,
      waitlistedAt: reg.waitlistedAt?.toISOString() ?? null,
      decidedAt: reg.decidedAt?.toISOString() ?? null,
      cancelledAt: reg.cancelledAt?.toISOString() ?? null,
      checkedInAt: reg.checkedInAt?.toISOString() ?? null,
      checkInCode: formatCheckInCode(reg.checkInCode),
      deletionRequestedAt: reg.deletionRequestedAt?.toISOString() ?? null,
    },
    consent: { privacyNoticeVersion: reg.consentVersion, givenAt: reg.consentAt.toISOString() },
  };
}

// Arranging helpers shared by the registrations*.test.ts files (not a test file itself).
import { randomUUID } from "node:crypto";
import { testDb } from "../support/db";
import { newCheckInCode, newManageToken } from "@/lib/registrations/links";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import type { RegistrationInput } from "@/lib/registrations/schema";

let forumSeq = 0;
// Default forum days lie ahead of today, so manage links and windows stay valid whenever the tests run.
const daysFromNow = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

export async function makeForum(opts: { capacity?: number | null; organisationCap?: number | null; endsOn?: string; startsOn?: string; open?: boolean } = {}) {
  forumSeq += 1;
  const now = Date.now();
  return testDb().forum.create({
    data: {
      slug: `test-forum-${forumSeq}-${now.toString(36)}`,
      name: `Test Forum ${forumSeq}`,
      timeZone: "Asia/Makassar",
      startsOn: new Date(`${opts.startsOn ?? daysFromNow(60)}T00:00:00Z`),
      endsOn: new Date(`${opts.endsOn ?? daysFromNow(61)}T00:00:00Z`),
      status: "published",
      venue: "Nusa Dua Convention Centre",
      city: "Bali",
      country: "Indonesia",
      capacity: opts.capacity === undefined ? 50 : opts.capacity,
      organisationCap: opts.organisationCap ?? null,
      registrationOpensAt: opts.open === false ? new Date(now + 86_400_000) : new Date(now - 86_400_000),
      registrationClosesAt: new Date(now + 30 * 86_400_000),
    },
  });
}

export async function makeOrganisation(name: string) {
  const nameKey = name.toLowerCase();
  return testDb().organisation.upsert({ where: { nameKey }, update: {}, create: { name, nameKey, sector: "Banking and finance", country: "Singapore" } });
}

/** A registration row as if submitted (and by default confirmed); returns it with its manage token. */
export async function makeRegistration(
  forumId: string,
  opts: { email?: string; status?: RegistrationStatus; confirmed?: boolean; organisationId?: string | null; waitlistedAt?: Date; createdAt?: Date; dietaryNeeds?: string; fullName?: string } = {},
) {
  const id = randomUUID();
  const createdAt = opts.createdAt ?? new Date();
  const status = opts.status ?? "pending";
  const manage = newManageToken();
  const row = await testDb().registration.create({
    data: {
      id,
      createdAt,
      forumId,
      organisationId: opts.organisationId ?? null,
      email: opts.email ?? `person-${id.slice(0, 8)}@example.test`,
      fullName: opts.fullName ?? `Person ${id.slice(0, 6)}`,
      jobTitle: "Head of Compliance",
      sector: "Banking and finance",
      country: "Singapore",
      dietaryNeeds: opts.dietaryNeeds ?? null,
      status,
      consentVersion: "test",
      consentAt: createdAt,
      emailConfirmedAt: opts.confirmed === false ? null : createdAt,
      confirmExpiresAt: new Date(createdAt.getTime() + 48 * 3_600_000),
      manageTokenHash: manage.hash,
      manageExpiresAt: new Date(Date.now() + 365 * 86_400_000),
      checkInCode: newCheckInCode(),
      waitlistedAt: status === "waitlisted" ? (opts.waitlistedAt ?? createdAt) : null,
    },
  });
  return { ...row, manageToken: manage.token };
}

export function registrationInput(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    fullName: "Siti Rahma",
    email: "siti.rahma@example.test",
    jobTitle: "Head of Responsible Sourcing",
    organisationName: "Pacific Apparel Group",
    sector: "Manufacturing and supply chains",
    country: "Indonesia",
    phone: undefined,
    dietaryNeeds: undefined,
    accessibilityNeeds: undefined,
    note: undefined,
    sessionIds: [],
    consent: true,
    website: undefined,
    ...overrides,
  };
}

export function formDataFrom(values: Record<string, string | string[] | undefined>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined) continue;
    for (const item of Array.isArray(v) ? v : [v]) fd.append(k, item);
  }
  return fd;
}

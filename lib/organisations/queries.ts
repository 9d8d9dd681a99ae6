import "server-only";
import { db } from "@/lib/db";

/**
 * Names offered in the registration form's organisation picker: only organisations the organisers have vetted,
 * that is with at least one approved, not erased registration. A name typed into the form by anyone (a stranger
 * planting "Totally Legit Bank", an unconfirmed, declined or cancelled registrant) is never offered to others, and
 * the list says nothing about who merely applied.
 */
export async function listOrganisationNames(): Promise<string[]> {
  const rows = await db.organisation.findMany({
    where: { registrations: { some: { status: "approved", erasedAt: null } } },
    select: { name: true },
    orderBy: { name: "asc" },
    take: 2000,
  });
  return rows.map((r) => r.name);
}

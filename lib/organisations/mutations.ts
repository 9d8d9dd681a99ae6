import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/errors";
import { organisationNameKey, tidyOrganisationName } from "@/lib/organisations/name-key";

/**
 * The organisation with this name, created on first use. Two registrants of a new organisation may submit at
 * the same moment: the unique nameKey lets one insert win and the other read the winner's row.
 */
export async function findOrCreateOrganisation(input: { name: string; sector: string; country: string }): Promise<{ id: string; name: string }> {
  const nameKey = organisationNameKey(input.name);
  const select = { id: true, name: true } as const;
  const existing = await db.organisation.findUnique({ where: { nameKey }, select });
  if (existing) return existing;
  try {
    return await db.organisation.create({
      data: { name: tidyOrganisationName(input.name), nameKey, sector: input.sector, country: input.country },
      select,
    });
  } catch (e) {
    if (!isUniqueViolation(e)) throw e;
    return db.organisation.findUniqueOrThrow({ where: { nameKey }, select });
  }
}

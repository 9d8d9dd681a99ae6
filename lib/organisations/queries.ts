import "server-only";
import { db } from "@/lib/db";

/** Names offered in the registration form's organisation picker (business names only, no personal data). */
export async function listOrganisationNames(): Promise<string[]> {
  const rows = await db.organisation.findMany({ select: { name: true }, orderBy: { name: "asc" }, take: 2000 });
  return rows.map((r) => r.name);
}

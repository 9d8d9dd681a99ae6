/** One organisation per name however people type it: "  ACME  Bank " and "Acme Bank" share a key. */
export function organisationNameKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLowerCase();
}

export function tidyOrganisationName(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ");
}

/** A web-address slug from a title: "Trapped in Deceit: RSO brief" -> "trapped-in-deceit-rso-brief". */
export function slugify(title: string, maxLength = 80): string {
  const base = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (!base) return "write-up";
  if (base.length <= maxLength) return base;
  const cut = base.slice(0, maxLength);
  // Cut at a word boundary so the address does not end mid-word.
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, "");
}

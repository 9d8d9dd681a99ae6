import { z } from "zod";

export const PRESENTER_LIMITS = { name: 120, title: 200, organisation: 200, country: 100, bio: 4000 } as const;

const text = (max: number, label: string) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be at most ${max} characters.`)
    .default("");

/** The presenter form. The photo is checked apart (validateImage reads its bytes), so it is not in here. */
export const presenterSchema = z.object({
  name: z.string().trim().min(1, "Enter the presenter's name.").max(PRESENTER_LIMITS.name, `The name must be at most ${PRESENTER_LIMITS.name} characters.`),
  title: text(PRESENTER_LIMITS.title, "The title"),
  organisation: text(PRESENTER_LIMITS.organisation, "The organisation"),
  country: text(PRESENTER_LIMITS.country, "The country"),
  // Plain text: shown with line breaks kept, never as HTML.
  bio: z
    .string()
    .overwrite((s) => s.replace(/\r\n/g, "\n"))
    .trim()
    .max(PRESENTER_LIMITS.bio, `The biography must be at most ${PRESENTER_LIMITS.bio} characters.`)
    .default(""),
  removePhoto: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(false),
});
export type PresenterInput = z.infer<typeof presenterSchema>;

export const deletePresenterSchema = z.object({
  id: z.string().min(1).max(64),
  // How many sessions the organiser saw and agreed to detach; a changed count means they must look again.
  confirmedSessionCount: z.coerce.number().int().min(0).default(0),
});

export const presenterSearchSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type PresenterSearch = z.infer<typeof presenterSearchSchema>;

/** "Dewi Kartika" -> "dewi-kartika"; accents folded; never empty. */
export function slugifyName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
  return slug || "presenter";
}

/** The first of base, base-2, base-3… that is not taken. */
export function nextFreeSlug(base: string, taken: Iterable<string>): string {
  const set = new Set(taken);
  if (!set.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!set.has(candidate)) return candidate;
  }
}

export const PRESENTER_ROLE_LABELS = { speaker: "Speaker", moderator: "Moderator", co_chair: "Co-chair" } as const;

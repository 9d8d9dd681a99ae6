import { z } from "zod";
import { toSlug } from "@/lib/slug";
import { checkbox } from "@/lib/form-fields";

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
  removePhoto: checkbox(),
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
  return toSlug(name) || "presenter";
}


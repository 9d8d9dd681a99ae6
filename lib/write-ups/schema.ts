import { z } from "zod";
import { formValues } from "@/lib/action-result";
import type { WriteUpStatus, WriteUpTag } from "@/lib/generated/prisma/enums";
import { checkbox } from "@/lib/form-fields";

export const WRITE_UP_TAGS = ["event", "training", "news"] as const satisfies readonly WriteUpTag[];
export const TAG_LABELS: Record<WriteUpTag, string> = { event: "Event", training: "Training", news: "News" };
export const STATUS_LABELS: Record<WriteUpStatus, string> = {
  draft: "Draft",
  in_review: "In review",
  published: "Published",
  unpublished: "Unpublished",
};

export const SLUG_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const id = z.string().trim().min(1).max(60);
const optionalId = z
  .string()
  .trim()
  .max(60)
  .optional()
  .transform((v) => v || null);
const flag = checkbox();

export const quoteSchema = z.object({
  text: z.string().trim().min(1, "Write the quote, or remove it.").max(1000, "Keep a pull quote under 1,000 characters."),
  presenterId: optionalId,
  attribution: z.string().trim().max(200, "Keep the attribution under 200 characters.").default(""),
});

const existingImageSchema = z.object({
  id,
  alt: z.string().trim().max(300, "Keep alt text under 300 characters.").default(""),
  caption: z.string().trim().max(300, "Keep the caption under 300 characters.").default(""),
  remove: flag.default(false),
});

const upload = z.custom<Blob>((v) => typeof Blob !== "undefined" && v instanceof Blob).optional();

const newImageSchema = z.object({
  hasFile: flag.default(false),
  file: upload,
  alt: z.string().trim().max(300, "Keep alt text under 300 characters.").default(""),
  caption: z.string().trim().max(300, "Keep the caption under 300 characters.").default(""),
});

const ALT_REQUIRED = "Describe the photo for readers who cannot see it (alt text is required).";

export const writeUpInputSchema = z
  .object({
    id: optionalId,
    version: z.coerce.number().int().min(1).optional(),
    title: z.string().trim().min(3, "Give the article a title.").max(200, "Keep the title under 200 characters."),
    slug: z
      .string()
      .trim()
      .toLowerCase()
      .max(100, "Keep the web address under 100 characters.")
      .refine((v) => v === "" || SLUG_RE.test(v), "Use lower-case letters, digits and single hyphens, e.g. scam-centres-brief."),
    summary: z.string().trim().max(600, "Keep the summary under 600 characters.").default(""),
    body: z.string().max(50_000, "The body is longer than 50,000 characters.").default(""),
    tag: z.enum(WRITE_UP_TAGS, "Choose a tag."),
    date: z
      .string()
      .regex(DATE_RE, "Enter the date of the article.")
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), "Enter a real date."),
    forumId: optionalId,
    sessionIds: z.array(id).max(50).default([]),
    presenterIds: z.array(id).max(50).default([]),
    quotes: z.array(quoteSchema).max(10, "Up to 10 pull quotes.").default([]),
    hasCover: flag.default(false),
    // Checked from its bytes by the action (lib/media/validate.ts), which can read them.
    cover: upload,
    removeCover: flag.default(false),
    coverAlt: z.string().trim().max(300, "Keep alt text under 300 characters.").default(""),
    images: z.array(existingImageSchema).max(30).default([]),
    newImages: z.array(newImageSchema).max(10).default([]),
    confirmClosed: flag.default(false),
  })
  .superRefine((v, ctx) => {
    if (v.hasCover && !v.removeCover && !v.coverAlt) ctx.addIssue({ code: "custom", path: ["coverAlt"], message: ALT_REQUIRED });
    v.images.forEach((img, i) => {
      if (!img.remove && !img.alt) ctx.addIssue({ code: "custom", path: ["images", i, "alt"], message: ALT_REQUIRED });
    });
    v.newImages.forEach((img, i) => {
      if (img.hasFile && !img.alt) ctx.addIssue({ code: "custom", path: ["newImages", i, "alt"], message: ALT_REQUIRED });
    });
  });

export type WriteUpInput = z.infer<typeof writeUpInputSchema>;

/** Indexed fields ("quotes.0.text") back into arrays, in index order. */
function indexed(values: Record<string, unknown>, prefix: string, keys: string[]): Record<string, unknown>[] {
  const rows = new Map<number, Record<string, unknown>>();
  for (const [name, value] of Object.entries(values)) {
    const m = new RegExp(`^${prefix}\\.(\\d+)\\.(\\w+)$`).exec(name);
    if (!m || !keys.includes(m[2])) continue;
    const i = Number(m[1]);
    if (i > 100) continue;
    const row = rows.get(i) ?? {};
    row[m[2]] = value;
    rows.set(i, row);
  }
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
}

const isFile = (v: unknown) => typeof Blob !== "undefined" && v instanceof Blob && v.size > 0;
const ids = (v: unknown) => (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === "string" && x !== "");

/**
 * The editor's fields (as lib/action-result.ts `formValues` reads them) as the object `writeUpInputSchema` parses.
 * Files are kept (`cover`, `newImages.N.file`) for the action to check from their bytes.
 */
export function writeUpFormToInput(input: unknown): Record<string, unknown> {
  const values = (input instanceof FormData ? formValues(input) : (input ?? {})) as Record<string, unknown>;
  const str = (k: string) => (typeof values[k] === "string" ? (values[k] as string) : undefined);
  return {
    id: str("id"),
    version: str("version") || undefined,
    title: str("title") ?? "",
    slug: str("slug") ?? "",
    summary: str("summary") ?? "",
    body: str("body") ?? "",
    tag: str("tag"),
    date: str("date") ?? "",
    forumId: str("forumId"),
    sessionIds: ids(values.sessionIds),
    presenterIds: ids(values.presenterIds),
    quotes: indexed(values, "quotes", ["text", "presenterId", "attribution"]),
    hasCover: str("hasExistingCover") === "1" || isFile(values.cover),
    cover: isFile(values.cover) ? values.cover : undefined,
    removeCover: str("removeCover"),
    coverAlt: str("coverAlt") ?? "",
    images: indexed(values, "images", ["id", "alt", "caption", "remove"]),
    newImages: indexed(values, "newImages", ["file", "alt", "caption"]).map((row) => ({ ...row, hasFile: isFile(row.file), file: isFile(row.file) ? row.file : undefined })),
    confirmClosed: str("confirmClosed"),
  };
}

// ---------- workflow ----------

export const WORKFLOW_STEPS = ["submit", "publish", "send_back", "unpublish", "to_draft"] as const;
export type WorkflowStep = (typeof WORKFLOW_STEPS)[number];

/** Which status each step leaves from and arrives at; the mutation enforces it with a conditional update. */
export const TRANSITIONS: Record<WorkflowStep, { from: WriteUpStatus[]; to: WriteUpStatus; label: string }> = {
  submit: { from: ["draft"], to: "in_review", label: "Submit for review" },
  publish: { from: ["in_review", "unpublished"], to: "published", label: "Approve and publish" },
  send_back: { from: ["in_review"], to: "draft", label: "Send back to draft" },
  unpublish: { from: ["published"], to: "unpublished", label: "Unpublish" },
  to_draft: { from: ["unpublished"], to: "draft", label: "Return to draft" },
};

export function stepsFrom(status: WriteUpStatus): WorkflowStep[] {
  return WORKFLOW_STEPS.filter((s) => TRANSITIONS[s].from.includes(status));
}

export const workflowSchema = z.object({
  id,
  version: z.coerce.number().int().min(1),
  step: z.enum(WORKFLOW_STEPS, "Choose what to do."),
  confirmClosed: flag.default(false),
});
export type WorkflowInput = z.infer<typeof workflowSchema>;

export const startFromSchema = z.object({
  source: z
    .string()
    .trim()
    .regex(/^(session|forum):[A-Za-z0-9_-]{1,60}$/, "Choose a forum or a session to start from."),
});

export const compareSchema = z.object({
  from: z.coerce.number().int().min(1),
  to: z.coerce.number().int().min(1),
});

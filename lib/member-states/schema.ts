import { z } from "zod";
import { MemberStateKind, MembershipStatus } from "@/lib/generated/prisma/enums";

export const KIND_LABELS: Record<MemberStateKind, string> = {
  state: "State",
  territory: "Territory",
  organisation: "Organisation",
};

export const STATUS_LABELS: Record<MembershipStatus, string> = {
  member: "Member",
  observer: "Observer",
};

const kinds = Object.values(MemberStateKind) as [MemberStateKind, ...MemberStateKind[]];
const statuses = Object.values(MembershipStatus) as [MembershipStatus, ...MembershipStatus[]];

export const memberStateSchema = z.object({
  name: z.string().trim().min(2, "Enter the name as publicly listed.").max(120, "The name must be at most 120 characters."),
  // ISO 3166-1 alpha-3 where one exists; organisations have none.
  isoCode: z
    .string()
    .trim()
    .toUpperCase()
    .default("")
    .pipe(z.union([z.literal(""), z.string().regex(/^[A-Z]{3}$/, "Use the three-letter ISO code (for example IDN), or leave it empty.")]))
    .transform((v) => (v === "" ? null : v)),
  kind: z.enum(kinds, "Choose state, territory or organisation."),
  status: z.enum(statuses, "Choose member or observer."),
});
export type MemberStateInput = z.infer<typeof memberStateSchema>;

export const memberStateStatusSchema = z.object({
  id: z.string().min(1).max(64),
  status: z.enum(statuses, "Choose member or observer."),
});

export const memberStateFilterSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  kind: z.enum(kinds).optional().catch(undefined),
  status: z.enum(statuses).optional().catch(undefined),
});
export type MemberStateFilter = z.infer<typeof memberStateFilterSchema>;

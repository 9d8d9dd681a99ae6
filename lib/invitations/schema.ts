import { z } from "zod";

/** How long an invitation link works. */
export const INVITATION_TTL_DAYS = 7;
// Same as PASSWORD_MIN_LENGTH in lib/auth/password.ts (a unit test keeps them equal); importing that module here
// would pull bcrypt into the browser bundle of the accept form.
export const DELEGATE_PASSWORD_MIN_LENGTH = 12;

export const inviteDelegateSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "The e-mail address is too long.").pipe(z.email("Enter a valid e-mail address.")),
  name: z.string().trim().max(120, "The name must be at most 120 characters.").default(""),
  memberStateId: z.string().trim().min(1, "Choose the member state or organisation.").max(64),
});
export type InviteDelegateInput = z.infer<typeof inviteDelegateSchema>;

export const invitationIdSchema = z.object({ id: z.string().min(1).max(64) });

export const acceptInvitationSchema = z
  .object({
    token: z.string().min(1).max(100),
    name: z.string().trim().min(1, "Enter your name as it should appear to organisers.").max(120, "The name must be at most 120 characters."),
    password: z
      .string()
      .min(DELEGATE_PASSWORD_MIN_LENGTH, `Use at least ${DELEGATE_PASSWORD_MIN_LENGTH} characters.`)
      .max(200, "Use at most 200 characters."),
    confirmPassword: z.string().max(200),
  })
  .refine((v) => v.password === v.confirmPassword, { path: ["confirmPassword"], message: "The two passwords do not match." });
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export type InvitationStatus = "pending" | "accepted" | "expired" | "revoked";

/** One rule for the status shown in lists and checked on accept. */
export function invitationStatus(inv: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now = new Date()): InvitationStatus {
  if (inv.acceptedAt) return "accepted";
  if (inv.revokedAt) return "revoked";
  if (inv.expiresAt.getTime() <= now.getTime()) return "expired";
  return "pending";
}

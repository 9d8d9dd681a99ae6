"use server";
import { revalidatePath } from "next/cache";
import { requireOrganiser } from "@/lib/auth/guards";
import { runAction, type ActionResult } from "@/lib/action-result";
import { acceptInvitationSchema, invitationIdSchema, inviteDelegateSchema } from "@/lib/invitations/schema";
import { acceptInvitation, createInvitation, resendInvitation, revokeInvitation } from "@/lib/invitations/mutations";

function textFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string") out[key] = value;
  return out;
}

export async function inviteDelegateAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const input = inviteDelegateSchema.parse(textFields(formData));
    const result = await createInvitation({ actorId: user.id, input });
    revalidatePath("/manage/delegates");
    return result;
  }, "Invitation sent.");
}

export async function resendInvitationAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const { id } = invitationIdSchema.parse(textFields(formData));
    const result = await resendInvitation({ actorId: user.id, id });
    revalidatePath("/manage/delegates");
    return result;
  }, "A new link was sent; the old one no longer works.");
}

export async function revokeInvitationAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const { id } = invitationIdSchema.parse(textFields(formData));
    const result = await revokeInvitation({ actorId: user.id, id });
    revalidatePath("/manage/delegates");
    return result;
  }, "Invitation revoked.");
}

/** Public: the link itself is the credential, so no sign-in is needed (or checked). */
export async function acceptInvitationAction(formData: FormData): Promise<ActionResult<{ email: string }>> {
  return runAction(async () => {
    const input = acceptInvitationSchema.parse(textFields(formData));
    // No revalidatePath here: it would re-render this very page, which then finds the link used and replaces the
    // success message with "already used". The console pages that list invitations are rendered per request.
    return acceptInvitation({ input });
  }, "Your delegate account is ready. You can now sign in.");
}

export type AcceptInvitationState = (ActionResult<{ email: string }> & { name?: string }) | null;

/**
 * The accept form posts here directly (previous state first), so that React renders a real POST form that works
 * before the page's script loads: the new password never goes out as `GET ?password=`. The typed name comes back
 * with a refusal so the form can show it again.
 */
export async function acceptInvitationFormAction(_prev: AcceptInvitationState, formData: FormData): Promise<AcceptInvitationState> {
  const result = await acceptInvitationAction(formData);
  const name = formData.get("name");
  return { ...result, name: typeof name === "string" ? name.slice(0, 120) : undefined };
}

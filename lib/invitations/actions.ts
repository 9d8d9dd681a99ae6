"use server";
import { defineAction } from "@/lib/action";
import { acceptInvitationSchema, invitationIdSchema, inviteDelegateSchema } from "@/lib/invitations/schema";
import { acceptInvitation, createInvitation, resendInvitation, revokeInvitation } from "@/lib/invitations/mutations";

const delegatesPage = () => ["/manage/delegates"];

export const inviteDelegateAction = defineAction({
  permission: "invitations.manage",
  input: inviteDelegateSchema,
  run: ({ input, user }) => createInvitation({ actorId: user.id, input }),
  revalidate: delegatesPage,
  message: "Invitation sent.",
});

export const resendInvitationAction = defineAction({
  permission: "invitations.manage",
  input: invitationIdSchema,
  run: ({ input, user }) => resendInvitation({ actorId: user.id, id: input.id }),
  revalidate: delegatesPage,
  message: "A new link was sent; the old one no longer works.",
});

export const revokeInvitationAction = defineAction({
  permission: "invitations.manage",
  input: invitationIdSchema,
  run: ({ input, user }) => revokeInvitation({ actorId: user.id, id: input.id }),
  revalidate: delegatesPage,
  message: "Invitation revoked.",
});

/** Public: the link itself is the credential, so no sign-in is needed (or checked). */
export const acceptInvitationAction = defineAction({
  permission: "invitations.accept",
  input: acceptInvitationSchema,
  // Nothing to revalidate: that would re-render this very page, which then finds the link used and replaces the
  // success message with "already used". The console pages that list invitations are rendered per request.
  run: ({ input }) => acceptInvitation({ input }),
  message: "Your delegate account is ready. You can now sign in.",
});

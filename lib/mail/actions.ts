"use server";
import { defineAction } from "@/lib/action";
import { retryMail } from "@/lib/mail/mutations";
import { mailIdSchema } from "@/lib/mail/schema";

/** Queues a failed message again (a fresh round of attempts). Organisers only. */
export const retryMailAction = defineAction({
  permission: "mail.deliver",
  input: mailIdSchema,
  run: ({ input, user }) => retryMail({ id: input.id, actorId: user.id }),
  revalidate: () => ["/manage/mail", "/manage"],
  message: "Queued again; it will be sent within moments if the mail server accepts it.",
});

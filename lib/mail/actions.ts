"use server";
import { revalidatePath } from "next/cache";
import { requireOrganiser } from "@/lib/auth/guards";
import { runAction, type ActionResult } from "@/lib/action-result";
import { retryMail } from "@/lib/mail/mutations";
import { mailIdSchema } from "@/lib/mail/schema";

/** Queues a failed message again (a fresh round of attempts). Organisers only. */
export async function retryMailAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const { id } = mailIdSchema.parse({ id: String(formData.get("id") ?? "") });
    const result = await retryMail({ id, actorId: user.id });
    revalidatePath("/manage/mail");
    revalidatePath("/manage");
    return result;
  }, "Queued again; it will be sent within moments if the mail server accepts it.");
}

"use server";
import { revalidatePath } from "next/cache";
import { requireOrganiser } from "@/lib/auth/guards";
import { runAction, type ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/errors";
import { memberStateSchema, memberStateStatusSchema } from "@/lib/member-states/schema";
import { createMemberState, deleteMemberState, setMemberStateStatus, updateMemberState } from "@/lib/member-states/mutations";

function textFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string") out[key] = value;
  return out;
}

function idFrom(formData: FormData): string {
  const id = formData.get("id");
  if (typeof id !== "string" || !id || id.length > 64) throw new AppError("not_found", "This member state is no longer on the list.");
  return id;
}

function revalidateMemberStates() {
  revalidatePath("/manage/member-states", "layout");
  revalidatePath("/manage/delegates");
}

export async function createMemberStateAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const input = memberStateSchema.parse(textFields(formData));
    const created = await createMemberState({ actorId: user.id, input });
    revalidateMemberStates();
    return created;
  }, "Added to the list.");
}

export async function updateMemberStateAction(formData: FormData): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const id = idFrom(formData);
    const input = memberStateSchema.parse(textFields(formData));
    const updated = await updateMemberState({ actorId: user.id, id, input });
    revalidateMemberStates();
    return updated;
  }, "Changes saved.");
}

export async function setMemberStateStatusAction(formData: FormData): Promise<ActionResult<{ id: string; changed: boolean }>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const input = memberStateStatusSchema.parse(textFields(formData));
    const result = await setMemberStateStatus({ actorId: user.id, ...input });
    revalidateMemberStates();
    return result;
  }, "Status changed.");
}

export async function deleteMemberStateAction(formData: FormData): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    await deleteMemberState({ actorId: user.id, id: idFrom(formData) });
    revalidateMemberStates();
    return undefined;
  }, "Deleted from the list.");
}

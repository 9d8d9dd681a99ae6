"use server";
import { revalidatePath } from "next/cache";
import { requireOrganiser } from "@/lib/auth/guards";
import { runAction, type ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/errors";
import { validateImage, type ValidImage } from "@/lib/media/validate";
import { deletePresenterSchema, presenterSchema, type PresenterInput } from "@/lib/presenters/schema";
import { createPresenter, deletePresenter, updatePresenter } from "@/lib/presenters/mutations";

function textFields(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string") out[key] = value;
  return out;
}

/**
 * Parses the text fields and checks the photo together, so that every problem shows at its field at once.
 * An empty file input sends a nameless, empty file: that means "no new photo", not a bad one.
 */
async function parsePresenterForm(formData: FormData): Promise<{ input: PresenterInput; photo: ValidImage | null }> {
  const parsed = presenterSchema.safeParse(textFields(formData));
  const fieldErrors: Record<string, string[]> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  }
  const file = formData.get("photo");
  let photo: ValidImage | null = null;
  if (file && typeof file !== "string" && file.size > 0) {
    const check = await validateImage(file);
    if (check.ok) photo = check;
    else fieldErrors.photo = [check.message];
  }
  if (!parsed.success || Object.keys(fieldErrors).length) {
    throw new AppError("invalid_input", "Please correct the highlighted fields.", { fieldErrors });
  }
  return { input: parsed.data, photo };
}

function revalidatePresenters(slug?: string) {
  revalidatePath("/manage/presenters");
  revalidatePath("/presenters");
  if (slug) revalidatePath(`/presenters/${slug}`);
}

export async function createPresenterAction(formData: FormData): Promise<ActionResult<{ id: string; slug: string }>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const { input, photo } = await parsePresenterForm(formData);
    const created = await createPresenter({ actorId: user.id, input, photo });
    revalidatePresenters(created.slug);
    return created;
  }, "Presenter added.");
}

export async function updatePresenterAction(formData: FormData): Promise<ActionResult<{ id: string; slug: string }>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const id = String(formData.get("id") ?? "");
    if (!id) throw new AppError("not_found", "This presenter no longer exists.");
    const { input, photo } = await parsePresenterForm(formData);
    const updated = await updatePresenter({ actorId: user.id, id, input, photo });
    revalidatePresenters(updated.slug);
    return updated;
  }, "Changes saved.");
}

export async function deletePresenterAction(formData: FormData): Promise<ActionResult<{ sessionsDetached: number }>> {
  return runAction(async () => {
    const user = await requireOrganiser();
    const input = deletePresenterSchema.parse(textFields(formData));
    const result = await deletePresenter({ actorId: user.id, ...input });
    revalidatePresenters();
    return result;
  }, "Presenter deleted.");
}

"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganiser } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { runAction, type ActionResult } from "@/lib/action-result";
import { renderMarkdown } from "@/lib/markdown/render";
import { validateImage, type ValidImage } from "@/lib/media/validate";
import {
  changeWriteUpStatus,
  createWriteUp,
  createWriteUpFromForum,
  createWriteUpFromSession,
  deleteWriteUp,
  updateWriteUp,
  type SavedWriteUp,
} from "@/lib/write-ups/mutations";
import { startFromSchema, workflowSchema, writeUpFormToInput, writeUpInputSchema } from "@/lib/write-ups/schema";

function revalidateNews(slug?: string) {
  revalidatePath("/news");
  if (slug) revalidatePath(`/news/${slug}`);
  revalidatePath("/manage/write-ups");
  revalidatePath("/api/news/feed");
}

function fileOf(fd: FormData, name: string): File | null {
  const v = fd.get(name);
  return typeof v === "object" && v !== null && v.size > 0 ? v : null;
}

/** Checks every uploaded image from its bytes; all problems come back at once, each at its own field. */
async function readImages(fd: FormData, newImageSlots: number): Promise<{ cover: ValidImage | null; newImages: (ValidImage | null)[] }> {
  const errors: Record<string, string[]> = {};
  let cover: ValidImage | null = null;
  const coverFile = fileOf(fd, "cover");
  if (coverFile) {
    const check = await validateImage(coverFile);
    if (check.ok) cover = check;
    else errors.cover = [check.message];
  }
  const newImages: (ValidImage | null)[] = [];
  for (let i = 0; i < newImageSlots; i++) {
    const file = fileOf(fd, `newImages.${i}.file`);
    if (!file) {
      newImages.push(null);
      continue;
    }
    const check = await validateImage(file);
    if (check.ok) newImages.push(check);
    else {
      newImages.push(null);
      errors[`newImages.${i}.file`] = [check.message];
    }
  }
  if (Object.keys(errors).length) {
    throw new AppError("invalid_input", "An image could not be used. Nothing was saved; please choose another file.", { fieldErrors: errors });
  }
  return { cover, newImages };
}

/** Creates a write-up (no id) or saves the editor's changes to one (id + the version it was loaded at). */
export async function saveWriteUpAction(_prev: ActionResult<SavedWriteUp> | null, fd: FormData): Promise<ActionResult<SavedWriteUp>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const input = writeUpInputSchema.parse(writeUpFormToInput(fd));
    const { cover, newImages } = await readImages(fd, input.newImages.length);
    const saved = input.id ? await updateWriteUp({ actor, input, cover, newImages }) : await createWriteUp({ actor, input, cover, newImages });
    revalidateNews(saved.slug);
    return saved;
  }, "Saved.");
}

/** One workflow step: submit, publish (records the reviewer), send back, unpublish, return to draft. */
export async function changeWriteUpStatusAction(_prev: ActionResult<SavedWriteUp> | null, fd: FormData): Promise<ActionResult<SavedWriteUp>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const input = workflowSchema.parse(Object.fromEntries(fd));
    const saved = await changeWriteUpStatus({ actor, input });
    revalidateNews(saved.slug);
    return saved;
  });
}

/** Creates a draft pre-filled from a session ("session:<id>") or a whole forum ("forum:<id>"). */
export async function createWriteUpFromSourceAction(_prev: ActionResult<SavedWriteUp> | null, fd: FormData): Promise<ActionResult<SavedWriteUp>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const { source } = startFromSchema.parse(Object.fromEntries(fd));
    const [kind, id] = source.split(":");
    const saved = kind === "session" ? await createWriteUpFromSession({ actor, sessionId: id }) : await createWriteUpFromForum({ actor, forumId: id });
    revalidatePath("/manage/write-ups");
    return saved;
  }, "Draft created. Rewrite it before submitting it for review.");
}

const deleteSchema = z.object({ id: z.string().trim().min(1).max(60) });

export async function deleteWriteUpAction(_prev: ActionResult<null> | null, fd: FormData): Promise<ActionResult<null>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const { id } = deleteSchema.parse(Object.fromEntries(fd));
    await deleteWriteUp({ actor, id });
    revalidatePath("/manage/write-ups");
    return null;
  }, "Draft deleted.");
}

const previewSchema = z.object({ body: z.string().max(50_000, "The body is longer than 50,000 characters.") });

/** The editor's live preview, rendered by the same function as the article page. */
export async function previewMarkdownAction(body: string): Promise<ActionResult<{ html: string }>> {
  return runAction(async () => {
    await requireOrganiser();
    const input = previewSchema.parse({ body });
    return { html: renderMarkdown(input.body) };
  });
}

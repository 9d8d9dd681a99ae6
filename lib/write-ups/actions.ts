"use server";
import { z } from "zod";
import { defineAction, type Revalidation } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { renderMarkdown } from "@/lib/markdown/render";
import { validateImage, type ValidImage } from "@/lib/media/validate";
import { changeWriteUpStatus, createWriteUp, createWriteUpFromForum, createWriteUpFromSession, deleteWriteUp, updateWriteUp } from "@/lib/write-ups/mutations";
import { startFromSchema, workflowSchema, writeUpFormToInput, writeUpInputSchema, type WriteUpInput } from "@/lib/write-ups/schema";

const newsPages = (slug?: string): Revalidation[] => ["/news", slug && `/news/${slug}`, "/manage/write-ups", "/api/news/feed"].filter((p): p is string => !!p);

/** Checks every uploaded image from its bytes; all problems come back at once, each at its own field. */
async function readImages(input: WriteUpInput): Promise<{ cover: ValidImage | null; newImages: (ValidImage | null)[] }> {
  const errors: Record<string, string[]> = {};
  const check = async (file: Blob | undefined, field: string) => {
    if (!file) return null;
    const result = await validateImage(file);
    if (result.ok) return result;
    errors[field] = [result.message];
    return null;
  };
  const cover = await check(input.cover, "cover");
  const newImages: (ValidImage | null)[] = [];
  for (const [i, image] of input.newImages.entries()) newImages.push(await check(image.file, `newImages.${i}.file`));
  if (Object.keys(errors).length) {
    throw new AppError("invalid_input", "An image could not be used. Nothing was saved; please choose another file.", { fieldErrors: errors });
  }
  return { cover, newImages };
}

/** Creates a write-up (no id) or saves the editor's changes to one (id + the version it was loaded at). */
export const saveWriteUpAction = defineAction({
  permission: "write-ups.manage",
  input: z.preprocess(writeUpFormToInput, writeUpInputSchema),
  run: async ({ input, user }) => {
    const { cover, newImages } = await readImages(input);
    return input.id ? updateWriteUp({ actor: user, input, cover, newImages }) : createWriteUp({ actor: user, input, cover, newImages });
  },
  revalidate: (saved) => newsPages(saved.slug),
  message: "Saved.",
});

/** One workflow step: submit, publish (records the reviewer), send back, unpublish, return to draft. */
export const changeWriteUpStatusAction = defineAction({
  permission: "write-ups.manage",
  input: workflowSchema,
  run: ({ input, user }) => changeWriteUpStatus({ actor: user, input }),
  revalidate: (saved) => newsPages(saved.slug),
});

/** Creates a draft pre-filled from a session ("session:<id>") or a whole forum ("forum:<id>"). */
export const createWriteUpFromSourceAction = defineAction({
  permission: "write-ups.manage",
  input: startFromSchema,
  run: ({ input, user }) => {
    const [kind, id] = input.source.split(":");
    return kind === "session" ? createWriteUpFromSession({ actor: user, sessionId: id }) : createWriteUpFromForum({ actor: user, forumId: id });
  },
  revalidate: () => ["/manage/write-ups"],
  message: "Draft created. Rewrite it before submitting it for review.",
});

export const deleteWriteUpAction = defineAction({
  permission: "write-ups.manage",
  input: z.object({ id: z.string().trim().min(1).max(60) }),
  run: async ({ input, user }) => {
    await deleteWriteUp({ actor: user, id: input.id });
    return null;
  },
  revalidate: () => ["/manage/write-ups"],
  message: "Draft deleted.",
});

/** The editor's live preview, rendered by the same function as the article page. */
export const previewMarkdownAction = defineAction({
  permission: "write-ups.manage",
  input: z.object({ body: z.string().max(50_000, "The body is longer than 50,000 characters.") }),
  run: async ({ input }) => ({ html: renderMarkdown(input.body) }),
});

"use server";
import { z } from "zod";
import { defineAction, type Revalidation } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { optionalImage } from "@/lib/media/validate";
import { deletePresenterSchema, presenterSchema } from "@/lib/presenters/schema";
import { createPresenter, deletePresenter, updatePresenter } from "@/lib/presenters/mutations";

// The photo is checked with the text fields, so that every problem shows at its field at once.
const presenterForm = presenterSchema.extend({ photo: optionalImage });

const presenterPages = (slug?: string): Revalidation[] => ["/manage/presenters", "/presenters", slug && `/presenters/${slug}`].filter((p): p is string => !!p);

export const createPresenterAction = defineAction({
  permission: "presenters.manage",
  input: presenterForm,
  run: ({ input: { photo, ...input }, user }) => createPresenter({ actorId: user.id, input, photo }),
  revalidate: (p) => presenterPages(p.slug),
  message: "Presenter added.",
});

export const updatePresenterAction = defineAction({
  permission: "presenters.manage",
  input: presenterForm.extend({ id: z.string().max(64).default("") }),
  run: ({ input: { id, photo, ...input }, user }) => {
    if (!id) throw new AppError("not_found", "This presenter no longer exists.");
    return updatePresenter({ actorId: user.id, id, input, photo });
  },
  revalidate: (p) => presenterPages(p.slug),
  message: "Changes saved.",
});

export const deletePresenterAction = defineAction({
  permission: "presenters.manage",
  input: deletePresenterSchema,
  run: ({ input, user }) => deletePresenter({ actorId: user.id, ...input }),
  revalidate: () => presenterPages(),
  message: "Presenter deleted.",
});

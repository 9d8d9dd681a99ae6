"use server";
import { z } from "zod";
import { defineAction, type Revalidation } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { memberStateSchema, memberStateStatusSchema } from "@/lib/member-states/schema";
import { createMemberState, deleteMemberState, setMemberStateStatus, updateMemberState } from "@/lib/member-states/mutations";

// A missing or mangled id is a row that is not there, not a form mistake.
const memberStateId = z.unknown().transform((v) => (typeof v === "string" && v.length <= 64 ? v : ""));

function existing(id: string): string {
  if (!id) throw new AppError("not_found", "This member state is no longer on the list.");
  return id;
}

const listPages = (): Revalidation[] => [{ path: "/manage/member-states", type: "layout" }, "/manage/delegates"];

export const createMemberStateAction = defineAction({
  permission: "member-states.manage",
  input: memberStateSchema,
  run: ({ input, user }) => createMemberState({ actorId: user.id, input }),
  revalidate: listPages,
  message: "Added to the list.",
});

export const updateMemberStateAction = defineAction({
  permission: "member-states.manage",
  input: memberStateSchema.extend({ id: memberStateId }),
  run: ({ input: { id, ...input }, user }) => updateMemberState({ actorId: user.id, id: existing(id), input }),
  revalidate: listPages,
  message: "Changes saved.",
});

export const setMemberStateStatusAction = defineAction({
  permission: "member-states.manage",
  input: memberStateStatusSchema,
  run: ({ input, user }) => setMemberStateStatus({ actorId: user.id, ...input }),
  revalidate: listPages,
  message: "Status changed.",
});

export const deleteMemberStateAction = defineAction({
  permission: "member-states.manage",
  input: z.object({ id: memberStateId }),
  run: ({ input, user }) => deleteMemberState({ actorId: user.id, id: existing(input.id) }),
  revalidate: listPages,
  message: "Deleted from the list.",
});

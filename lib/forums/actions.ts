"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganiser } from "@/lib/auth/guards";
import { runAction, type ActionResult } from "@/lib/action-result";
import { forumSchema, publishAgendaSchema, roomSchema, trackSchema, updateForumSchema, FORUM_STATUSES } from "@/lib/forums/schema";
import {
  createForum,
  createRoom,
  createTrack,
  deleteRoom,
  deleteTrack,
  publishAgenda,
  setForumStatus,
  updateForum,
  updateRoom,
  updateTrack,
} from "@/lib/forums/mutations";

// Every action: who is calling first, then the same zod schema the form uses, then the data layer.

function refresh(forumId: string, slug?: string) {
  revalidatePath("/manage", "layout");
  revalidatePath(`/manage/forums/${forumId}`, "layout");
  if (slug) revalidatePath(`/forums/${slug}`, "layout");
  revalidatePath("/");
}

export async function createForumAction(input: unknown): Promise<ActionResult<{ id: string; slug: string }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const forum = await createForum({ actor, input: forumSchema.parse(input) });
    refresh(forum.id, forum.slug);
    return forum;
  }, "Forum created.");
}

export async function updateForumAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    // The forum's fields are parsed on their own so errors carry the form's field names.
    const { forumId, version, forum } = updateForumSchema.extend({ forum: z.unknown() }).parse(input);
    const result = await updateForum({ actor, forumId, version, input: forumSchema.parse(forum) });
    refresh(forumId, result.slug);
    return { version: result.version };
  }, "Forum details saved.");
}

const statusSchema = z.object({ forumId: z.string().min(1), version: z.coerce.number().int().min(1), status: z.enum(FORUM_STATUSES) });

/** Archive (or restore) a forum. */
export async function setForumStatusAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const v = statusSchema.parse(input);
    const result = await setForumStatus({ actor, ...v });
    refresh(v.forumId);
    return result;
  }, "Forum status saved.");
}

const idSchema = (key: string) => z.object({ [key]: z.string().min(1) });

export async function createRoomAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const { forumId, ...rest } = z.object({ forumId: z.string().min(1) }).loose().parse(input);
    const room = await createRoom({ actor, forumId, input: roomSchema.parse(rest) });
    refresh(forumId);
    return room;
  }, "Room added.");
}

export async function updateRoomAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const { roomId, ...rest } = z.object({ roomId: z.string().min(1) }).loose().parse(input);
    const { forumId } = await updateRoom({ actor, roomId, input: roomSchema.parse(rest) });
    refresh(forumId);
    return undefined;
  }, "Room saved.");
}

export async function deleteRoomAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const { roomId } = idSchema("roomId").parse(input) as { roomId: string };
    const { forumId } = await deleteRoom({ actor, roomId });
    refresh(forumId);
    return undefined;
  }, "Room deleted.");
}

export async function createTrackAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const { forumId, ...rest } = z.object({ forumId: z.string().min(1) }).loose().parse(input);
    const track = await createTrack({ actor, forumId, input: trackSchema.parse(rest) });
    refresh(forumId);
    return track;
  }, "Track added.");
}

export async function updateTrackAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const { trackId, ...rest } = z.object({ trackId: z.string().min(1) }).loose().parse(input);
    const { forumId } = await updateTrack({ actor, trackId, input: trackSchema.parse(rest) });
    refresh(forumId);
    return undefined;
  }, "Track saved.");
}

export async function deleteTrackAction(input: unknown): Promise<ActionResult<undefined>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const { trackId } = idSchema("trackId").parse(input) as { trackId: string };
    const { forumId } = await deleteTrack({ actor, trackId });
    refresh(forumId);
    return undefined;
  }, "Track deleted.");
}

export async function publishAgendaAction(input: unknown): Promise<ActionResult<{ sessionsPublished: number; openIssues: number }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const result = await publishAgenda({ actor, input: publishAgendaSchema.parse(input) });
    refresh(publishAgendaSchema.parse(input).forumId, result.slug);
    return { sessionsPublished: result.sessionsPublished, openIssues: result.openIssues };
  }, "Agenda published.");
}

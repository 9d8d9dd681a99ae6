"use server";
import { z } from "zod";
import { defineAction, type Revalidation } from "@/lib/action";
import { id } from "@/lib/form-fields";
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

function forumPages(forumId: string, slug?: string): Revalidation[] {
  return [
    { path: "/manage", type: "layout" },
    { path: `/manage/forums/${forumId}`, type: "layout" },
    ...(slug ? [{ path: `/forums/${slug}`, type: "layout" } as const] : []),
    "/",
  ];
}

export const createForumAction = defineAction({
  permission: "forums.manage",
  input: forumSchema,
  run: ({ input, user }) => createForum({ actor: user, input }),
  revalidate: (forum) => forumPages(forum.id, forum.slug),
  message: "Forum created.",
});

export const updateForumAction = defineAction({
  permission: "forums.manage",
  // The forum's fields are parsed on their own (in `run`) so that errors carry the form's field names.
  input: updateForumSchema.extend({ forum: z.unknown() }),
  run: async ({ input: { forumId, version, forum }, user }) => {
    const result = await updateForum({ actor: user, forumId, version, input: forumSchema.parse(forum) });
    return { forumId, slug: result.slug, version: result.version };
  },
  revalidate: (r) => forumPages(r.forumId, r.slug),
  message: "Forum details saved.",
});

/** Archive (or restore) a forum. */
export const setForumStatusAction = defineAction({
  permission: "forums.manage",
  input: z.object({ forumId: id, version: z.coerce.number().int().min(1), status: z.enum(FORUM_STATUSES) }),
  run: async ({ input, user }) => ({ ...(await setForumStatus({ actor: user, ...input })), forumId: input.forumId }),
  revalidate: (r) => forumPages(r.forumId),
  message: "Forum status saved.",
});

export const createRoomAction = defineAction({
  permission: "forums.manage",
  input: roomSchema.extend({ forumId: id }),
  run: async ({ input: { forumId, ...room }, user }) => ({ ...(await createRoom({ actor: user, forumId, input: room })), forumId }),
  revalidate: (r) => forumPages(r.forumId),
  message: "Room added.",
});

export const updateRoomAction = defineAction({
  permission: "forums.manage",
  input: roomSchema.extend({ roomId: id }),
  run: ({ input: { roomId, ...room }, user }) => updateRoom({ actor: user, roomId, input: room }),
  revalidate: (r) => forumPages(r.forumId),
  message: "Room saved.",
});

export const deleteRoomAction = defineAction({
  permission: "forums.manage",
  input: z.object({ roomId: id }),
  run: ({ input, user }) => deleteRoom({ actor: user, roomId: input.roomId }),
  revalidate: (r) => forumPages(r.forumId),
  message: "Room deleted.",
});

export const createTrackAction = defineAction({
  permission: "forums.manage",
  input: trackSchema.extend({ forumId: id }),
  run: async ({ input: { forumId, ...track }, user }) => ({ ...(await createTrack({ actor: user, forumId, input: track })), forumId }),
  revalidate: (r) => forumPages(r.forumId),
  message: "Track added.",
});

export const updateTrackAction = defineAction({
  permission: "forums.manage",
  input: trackSchema.extend({ trackId: id }),
  run: ({ input: { trackId, ...track }, user }) => updateTrack({ actor: user, trackId, input: track }),
  revalidate: (r) => forumPages(r.forumId),
  message: "Track saved.",
});

export const deleteTrackAction = defineAction({
  permission: "forums.manage",
  input: z.object({ trackId: id }),
  run: ({ input, user }) => deleteTrack({ actor: user, trackId: input.trackId }),
  revalidate: (r) => forumPages(r.forumId),
  message: "Track deleted.",
});

export const publishAgendaAction = defineAction({
  permission: "forums.manage",
  input: publishAgendaSchema,
  run: async ({ input, user }) => ({ ...(await publishAgenda({ actor: user, input })), forumId: input.forumId }),
  revalidate: (r) => forumPages(r.forumId, r.slug),
  message: "Agenda published.",
});

"use server";
import { z } from "zod";
import { defineAction, type Revalidation } from "@/lib/action";
import { AppError } from "@/lib/errors";
import { checkbox, id } from "@/lib/form-fields";
import { zonedToUtc } from "@/lib/time";
import { moveSessionSchema, sessionFieldsSchema, sessionRefSchema } from "@/lib/sessions/schema";
import { cancelSession, createSession, deleteSession, duplicateSession, moveSession, reinstateSession, updateSession } from "@/lib/sessions/mutations";
import { getCandidateContext, listIssuesForCandidate, readSessionIssues } from "@/lib/sessions/queries";

const agendaPages = ({ forumId, slug }: { forumId: string; slug: string }): Revalidation[] => [
  { path: `/manage/forums/${forumId}`, type: "layout" },
  "/manage",
  { path: `/forums/${slug}`, type: "layout" },
];

// Fields are parsed on their own (in `run`) so that errors carry the form's field names ("title", not "session.title").
export const createSessionAction = defineAction({
  permission: "sessions.manage",
  input: z.object({ forumId: id, session: z.unknown() }),
  run: async ({ input: { forumId, session }, user }) => {
    const result = await createSession({ actor: user, input: { forumId, session: sessionFieldsSchema.parse(session) } });
    return { ...result, issues: await readSessionIssues(result.id) };
  },
  revalidate: agendaPages,
  message: "Session created.",
});

export const updateSessionAction = defineAction({
  permission: "sessions.manage",
  input: sessionRefSchema.extend({ session: z.unknown() }),
  run: async ({ input: { sessionId, version, session }, user }) => {
    const result = await updateSession({ actor: user, input: { sessionId, version, session: sessionFieldsSchema.parse(session) } });
    return { ...result, issues: await readSessionIssues(result.id) };
  },
  revalidate: agendaPages,
  message: "Session saved.",
});

export const moveSessionAction = defineAction({
  permission: "sessions.manage",
  input: moveSessionSchema,
  run: async ({ input, user }) => {
    const result = await moveSession({ actor: user, input });
    return { ...result, issues: await readSessionIssues(result.id) };
  },
  revalidate: agendaPages,
  message: "Session moved.",
});

export const duplicateSessionAction = defineAction({
  permission: "sessions.manage",
  input: z.object({ sessionId: id }),
  run: ({ input, user }) => duplicateSession({ actor: user, sessionId: input.sessionId }),
  revalidate: agendaPages,
  message: "Session duplicated as a draft.",
});

export const cancelSessionAction = defineAction({
  permission: "sessions.manage",
  input: sessionRefSchema,
  run: ({ input, user }) => cancelSession({ actor: user, input }),
  revalidate: agendaPages,
  message: "Session cancelled.",
});

export const reinstateSessionAction = defineAction({
  permission: "sessions.manage",
  input: sessionRefSchema,
  run: ({ input, user }) => reinstateSession({ actor: user, input }),
  revalidate: agendaPages,
  message: "Session reinstated.",
});

export const deleteSessionAction = defineAction({
  permission: "sessions.manage",
  input: sessionRefSchema.extend({ confirm: checkbox().refine((v) => v, "Tick this box to confirm the deletion.") }),
  run: ({ input, user }) => deleteSession({ actor: user, input }),
  revalidate: agendaPages,
  message: "Session deleted.",
});

/**
 * Conflicts of the values being edited against the saved agenda, for the live panel in the session form.
 * Incomplete values are not an error here (the form is mid-edit): they simply have no conflicts yet.
 */
export const checkSessionConflictsAction = defineAction({
  permission: "sessions.manage",
  input: z.object({ forumId: id, sessionId: z.string().optional(), session: z.unknown() }),
  run: async ({ input: { forumId, sessionId, session } }) => {
    const parsed = sessionFieldsSchema.safeParse(session);
    if (!parsed.success) return { issues: [] };
    const v = parsed.data;
    const ctx = await getCandidateContext(forumId, v.roomId, v.presenters.map((p) => p.presenterId));
    const zone = ctx.timeZone;
    if (!zone) throw new AppError("not_found", "That forum no longer exists.");
    const startsAt = zonedToUtc(v.date, v.start, zone);
    const endsAt = zonedToUtc(v.endDate, v.end, zone);
    if (endsAt <= startsAt) return { issues: [] };
    const issues = await listIssuesForCandidate(
      forumId,
      {
        id: sessionId || "(new session)",
        title: v.title || "This session",
        startsAt,
        endsAt,
        kind: v.kind,
        roomId: ctx.room?.id ?? null,
        roomName: ctx.room?.name ?? null,
        roomCapacity: ctx.room?.capacity ?? null,
        expectedAttendance: v.expectedAttendance,
        presenterIds: v.presenters.map((p) => p.presenterId),
        status: v.status,
      },
      ctx.presenterNames,
    );
    return { issues };
  },
});

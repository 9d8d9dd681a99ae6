"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireOrganiser } from "@/lib/auth/guards";
import { runAction, type ActionResult } from "@/lib/action-result";
import { AppError } from "@/lib/errors";
import { zonedToUtc } from "@/lib/time";
import type { AgendaIssue } from "@/lib/sessions/conflicts";
import { moveSessionSchema, sessionFieldsSchema, sessionRefSchema } from "@/lib/sessions/schema";
import { cancelSession, createSession, deleteSession, duplicateSession, moveSession, reinstateSession, updateSession } from "@/lib/sessions/mutations";
import { getCandidateContext, listIssuesForCandidate, readSessionIssues } from "@/lib/sessions/queries";

// Every action: who is calling first, then the same zod schema the form uses, then the data layer.

function refresh(forumId: string, slug: string) {
  revalidatePath(`/manage/forums/${forumId}`, "layout");
  revalidatePath("/manage");
  revalidatePath(`/forums/${slug}`, "layout");
}

export async function createSessionAction(input: unknown): Promise<ActionResult<{ id: string; issues: AgendaIssue[] }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    // Fields are parsed on their own so that errors carry the form's field names ("title", not "session.title").
    const { forumId, session } = z.object({ forumId: z.string().min(1), session: z.unknown() }).parse(input);
    const result = await createSession({ actor, input: { forumId, session: sessionFieldsSchema.parse(session) } });
    refresh(result.forumId, result.slug);
    return { id: result.id, issues: await readSessionIssues(result.id) };
  }, "Session created.");
}

export async function updateSessionAction(input: unknown): Promise<ActionResult<{ version: number; issues: AgendaIssue[] }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const { sessionId, version, session } = sessionRefSchema.extend({ session: z.unknown() }).parse(input);
    const result = await updateSession({ actor, input: { sessionId, version, session: sessionFieldsSchema.parse(session) } });
    refresh(result.forumId, result.slug);
    return { version: result.version, issues: await readSessionIssues(result.id) };
  }, "Session saved.");
}

export async function moveSessionAction(input: unknown): Promise<ActionResult<{ version: number; issues: AgendaIssue[] }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const result = await moveSession({ actor, input: moveSessionSchema.parse(input) });
    refresh(result.forumId, result.slug);
    return { version: result.version, issues: await readSessionIssues(result.id) };
  }, "Session moved.");
}

export async function duplicateSessionAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const { sessionId } = z.object({ sessionId: z.string().min(1) }).parse(input);
    const result = await duplicateSession({ actor, sessionId });
    refresh(result.forumId, result.slug);
    return { id: result.id };
  }, "Session duplicated as a draft.");
}

export async function cancelSessionAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const result = await cancelSession({ actor, input: sessionRefSchema.parse(input) });
    refresh(result.forumId, result.slug);
    return { version: result.version };
  }, "Session cancelled.");
}

export async function reinstateSessionAction(input: unknown): Promise<ActionResult<{ version: number }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const result = await reinstateSession({ actor, input: sessionRefSchema.parse(input) });
    refresh(result.forumId, result.slug);
    return { version: result.version };
  }, "Session reinstated.");
}

const deleteSchema = sessionRefSchema.extend({
  confirm: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).refine((v) => v, "Tick this box to confirm the deletion."),
});

export async function deleteSessionAction(input: unknown): Promise<ActionResult<{ forumId: string }>> {
  return runAction(async () => {
    const actor = await requireOrganiser();
    const result = await deleteSession({ actor, input: deleteSchema.parse(input) });
    refresh(result.forumId, result.slug);
    return { forumId: result.forumId };
  }, "Session deleted.");
}

const checkSchema = z.object({ forumId: z.string().min(1), sessionId: z.string().optional(), session: z.unknown() });

/**
 * Conflicts of the values being edited against the saved agenda, for the live panel in the session form.
 * Incomplete values are not an error here (the form is mid-edit): they simply have no conflicts yet.
 */
export async function checkSessionConflictsAction(input: unknown): Promise<ActionResult<{ issues: AgendaIssue[] }>> {
  return runAction(async () => {
    await requireOrganiser();
    const { forumId, sessionId, session } = checkSchema.parse(input);
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
  });
}

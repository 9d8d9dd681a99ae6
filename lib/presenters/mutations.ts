import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { createMedia } from "@/lib/media/mutations";
import type { ValidImage } from "@/lib/media/validate";
import { nextFreeSlug } from "@/lib/slug";
import { slugifyName, type PresenterInput } from "@/lib/presenters/schema";

const auditSelect = { id: true, slug: true, name: true, title: true, organisation: true, country: true, bio: true, photoId: true } as const;

export type CreatePresenterInput = { actorId: string; input: PresenterInput; photo?: ValidImage | null };
export type UpdatePresenterInput = { actorId: string; id: string; input: PresenterInput; photo?: ValidImage | null };
export type DeletePresenterInput = { actorId: string; id: string; confirmedSessionCount: number };

async function freeSlug(tx: Tx, name: string): Promise<string> {
  const base = slugifyName(name);
  const taken = await tx.presenter.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return nextFreeSlug(
    base,
    taken.map((p) => p.slug),
  );
}

function fields(input: PresenterInput) {
  return { name: input.name, title: input.title, organisation: input.organisation, country: input.country, bio: input.bio };
}

export async function createPresenter({ actorId, input, photo }: CreatePresenterInput): Promise<{ id: string; slug: string }> {
  // Two organisers adding namesakes at once can pick the same free slug; the UNIQUE index refuses the second,
  // which then tries again with the next number.
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const photoId = photo ? (await createMedia(tx, photo)).id : null;
        const created = await tx.presenter.create({
          data: { ...fields(input), slug: await freeSlug(tx, input.name), photoId },
          select: auditSelect,
        });
        await recordAudit(tx, { actorId, action: "presenter.create", targetType: "presenter", targetId: created.id, data: { before: null, after: created } });
        return { id: created.id, slug: created.slug };
      });
    } catch (e) {
      if (isUniqueViolation(e) && attempt < 4) continue;
      throw e;
    }
  }
}

/** Updates details; a new photo replaces the old one, whose bytes are deleted in the same transaction. */
export async function updatePresenter({ actorId, id, input, photo }: UpdatePresenterInput): Promise<{ id: string; slug: string }> {
  return db.$transaction(async (tx) => {
    const before = await tx.presenter.findUnique({ where: { id }, select: auditSelect });
    if (!before) throw new AppError("not_found", "This presenter no longer exists.");
    let photoId = before.photoId;
    if (photo) photoId = (await createMedia(tx, photo)).id;
    else if (input.removePhoto) photoId = null;
    // The slug stays as it was: links to the presenter's page in e-mails and write-ups keep working.
    const after = await tx.presenter.update({ where: { id }, data: { ...fields(input), photoId }, select: auditSelect });
    if (before.photoId && before.photoId !== photoId) await tx.media.delete({ where: { id: before.photoId } });
    await recordAudit(tx, { actorId, action: "presenter.update", targetType: "presenter", targetId: id, data: { before, after } });
    return { id, slug: after.slug };
  });
}

/**
 * Deletes a presenter, detaching them from their sessions. When they are on sessions, the caller must pass the
 * number of sessions the organiser saw and confirmed; if that changed meanwhile, nothing is deleted.
 */
export async function deletePresenter({ actorId, id, confirmedSessionCount }: DeletePresenterInput): Promise<{ sessionsDetached: number }> {
  return db.$transaction(async (tx) => {
    // Locks the row so that nobody attaches the presenter to a session between the count and the delete.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Presenter" WHERE id = ${id} FOR UPDATE`;
    if (!locked.length) throw new AppError("not_found", "This presenter no longer exists.");
    const before = await tx.presenter.findUniqueOrThrow({ where: { id }, select: auditSelect });
    const sessions = await tx.sessionPresenter.findMany({
      where: { presenterId: id },
      select: { role: true, session: { select: { id: true, title: true, forum: { select: { name: true } } } } },
    });
    if (sessions.length > 0 && sessions.length !== confirmedSessionCount) {
      throw new AppError(
        "conflict",
        `This presenter is on ${sessions.length} session${sessions.length === 1 ? "" : "s"}. Review the sessions listed and confirm to delete.`
      );
    }
    await tx.presenter.delete({ where: { id } });
    if (before.photoId) await tx.media.delete({ where: { id: before.photoId } });
    await recordAudit(tx, {
      actorId,
      action: "presenter.delete",
      targetType: "presenter",
      targetId: id,
      data: {
        before,
        after: null,
        sessionsDetached: sessions.map((s) => ({ id: s.session.id, title: s.session.title, forum: s.session.forum.name, role: s.role })),
      },
    });
    return { sessionsDetached: sessions.length };
  });
}

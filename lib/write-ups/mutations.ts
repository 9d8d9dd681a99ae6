import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import type { CurrentUser } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/mutations";
import { createMedia } from "@/lib/media/mutations";
import type { ValidImage } from "@/lib/media/validate";
import { dateOnly, dateOnlyToDate } from "@/lib/time";
import { needsClosedConfirmation, quoteAttributionErrors, type GuardQuote, type GuardSession } from "@/lib/write-ups/chatham";
import { DRAFT_NOTE, forumDraft, sessionDraft } from "@/lib/write-ups/draft-template";
import type { RevisionData } from "@/lib/write-ups/compare";
import { TRANSITIONS, type WorkflowInput, type WriteUpInput } from "@/lib/write-ups/schema";
import { nextFreeSlug } from "@/lib/slug";
import { slugify } from "@/lib/write-ups/slug";

export type SavedWriteUp = { id: string; slug: string; version: number; status: string };

export type SaveWriteUpInput = {
  actor: CurrentUser;
  input: WriteUpInput;
  /** A new cover, already validated from its bytes. */
  cover?: ValidImage | null;
  /** New gallery images, aligned with input.newImages (null where that slot had no file). */
  newImages?: (ValidImage | null)[];
};

const SLUG_TAKEN = "Another article already uses this web address. Choose a different one.";
const CLOSED_CONFIRM =
  "This write-up covers a session closed to the public (delegates only). Tick the confirmation to publish it.";

function invalid(message: string, fieldErrors: Record<string, string[]>): AppError {
  return new AppError("invalid_input", message, { fieldErrors });
}

/** Linked sessions as the Chatham House guard needs them; refuses ids that do not exist. */
async function loadGuardSessions(tx: Tx, sessionIds: string[]): Promise<GuardSession[]> {
  if (!sessionIds.length) return [];
  const rows = await tx.forumSession.findMany({
    where: { id: { in: sessionIds } },
    select: {
      id: true,
      title: true,
      chathamHouse: true,
      visibility: true,
      presenters: { select: { presenter: { select: { id: true, name: true } } } },
    },
  });
  if (rows.length !== new Set(sessionIds).size) throw invalid("A linked session no longer exists.", { sessionIds: ["Choose sessions from the list."] });
  return rows.map((r) => ({ ...r, presenters: r.presenters.map((p) => p.presenter) }));
}

async function checkLinks(tx: Tx, input: WriteUpInput): Promise<GuardSession[]> {
  if (input.forumId && !(await tx.forum.findUnique({ where: { id: input.forumId }, select: { id: true } }))) {
    throw invalid("The linked forum no longer exists.", { forumId: ["Choose a forum from the list."] });
  }
  const presenterIds = [...new Set([...input.presenterIds, ...input.quotes.flatMap((q) => (q.presenterId ? [q.presenterId] : []))])];
  if (presenterIds.length && (await tx.presenter.count({ where: { id: { in: presenterIds } } })) !== presenterIds.length) {
    throw invalid("A linked presenter no longer exists.", { presenterIds: ["Choose presenters from the list."] });
  }
  const sessions = await loadGuardSessions(tx, input.sessionIds);
  const errors = quoteAttributionErrors(sessions, input.quotes as GuardQuote[]);
  if (Object.keys(errors).length) {
    throw invalid("A quote is attributed to a speaker of a Chatham House or closed session. Statements from those sessions may not be attributed.", errors);
  }
  return sessions;
}

async function freeSlug(tx: Tx, base: string): Promise<string> {
  const taken = await tx.writeUp.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return nextFreeSlug(base, taken.map((t) => t.slug));
}

/** Replaces the links, quotes and gallery of a write-up with what the editor sent. */
async function writeChildren(tx: Tx, writeUpId: string, { input, newImages }: SaveWriteUpInput) {
  await tx.writeUpSession.deleteMany({ where: { writeUpId } });
  await tx.writeUpPresenter.deleteMany({ where: { writeUpId } });
  await tx.writeUpQuote.deleteMany({ where: { writeUpId } });
  const sessionIds = [...new Set(input.sessionIds)];
  const presenterIds = [...new Set(input.presenterIds)];
  if (sessionIds.length) await tx.writeUpSession.createMany({ data: sessionIds.map((sessionId) => ({ writeUpId, sessionId })) });
  if (presenterIds.length) await tx.writeUpPresenter.createMany({ data: presenterIds.map((presenterId) => ({ writeUpId, presenterId })) });
  if (input.quotes.length) {
    await tx.writeUpQuote.createMany({
      data: input.quotes.map((q, position) => ({ writeUpId, text: q.text, presenterId: q.presenterId, attribution: q.attribution, position })),
    });
  }

  let position = 0;
  for (const img of input.images) {
    const existing = await tx.writeUpImage.findFirst({ where: { id: img.id, writeUpId }, select: { id: true, mediaId: true } });
    if (!existing) continue; // an image of another write-up, or already removed: ignore rather than touch it
    if (img.remove) {
      await tx.writeUpImage.delete({ where: { id: existing.id } });
      await tx.media.deleteMany({ where: { id: existing.mediaId, writeUpImages: { none: {} }, writeUpCovers: { none: {} }, presenter: { is: null } } });
    } else {
      await tx.writeUpImage.update({ where: { id: existing.id }, data: { alt: img.alt, caption: img.caption, position: position++ } });
    }
  }
  const remaining = await tx.writeUpImage.count({ where: { writeUpId } });
  position = Math.max(position, remaining);
  for (const [i, meta] of input.newImages.entries()) {
    const file = newImages?.[i];
    if (!meta.hasFile || !file) continue;
    const media = await createMedia(tx, file);
    await tx.writeUpImage.create({ data: { writeUpId, mediaId: media.id, alt: meta.alt, caption: meta.caption, position: position++ } });
  }
}

// jsonb stores keys in its own order, so compare snapshots with sorted keys.
function canonicalJson(v: unknown): string {
  return JSON.stringify(v, v && typeof v === "object" ? Object.keys(v).sort() : undefined);
}

/**
 * Stores the write-up as it now stands as the next numbered revision. With `onlyIfChanged` (a save of a published
 * article), a save that changed nothing readers see keeps no duplicate revision.
 */
async function createRevision(tx: Tx, writeUpId: string, authorId: string, opts: { onlyIfChanged?: boolean } = {}): Promise<number> {
  const w = await tx.writeUp.findUniqueOrThrow({
    where: { id: writeUpId },
    select: {
      title: true,
      summary: true,
      body: true,
      tag: true,
      date: true,
      coverAlt: true,
      forum: { select: { name: true } },
      sessions: { select: { session: { select: { title: true } } } },
      presenters: { select: { presenter: { select: { name: true } } } },
      quotes: { select: { text: true, attribution: true, presenter: { select: { name: true } } }, orderBy: { position: "asc" } },
      images: { select: { alt: true, caption: true }, orderBy: { position: "asc" } },
    },
  });
  const last = await tx.writeUpRevision.findFirst({
    where: { writeUpId },
    orderBy: { number: "desc" },
    select: { number: true, title: true, summary: true, body: true, data: true },
  });
  const number = (last?.number ?? 0) + 1;
  const data: RevisionData = {
    tag: w.tag,
    date: dateOnly(w.date),
    forum: w.forum?.name ?? null,
    sessions: w.sessions.map((s) => s.session.title).sort(),
    presenters: w.presenters.map((p) => p.presenter.name).sort(),
    quotes: w.quotes.map((q) => `“${q.text}” (${q.presenter?.name ?? (q.attribution || "unattributed")})`),
    coverAlt: w.coverAlt,
    images: w.images.map((i) => (i.caption ? `${i.alt} (${i.caption})` : i.alt)),
  };
  if (
    opts.onlyIfChanged &&
    last &&
    last.title === w.title &&
    last.summary === w.summary &&
    last.body === w.body &&
    canonicalJson(last.data) === canonicalJson(data)
  ) {
    return last.number;
  }
  await tx.writeUpRevision.create({ data: { writeUpId, number, title: w.title, summary: w.summary, body: w.body, data, authorId } });
  return number;
}

/** Runs a create in a transaction, retrying with the next free slug if another create took it meanwhile. */
async function withSlugRetry<T>(explicitSlug: boolean, body: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await body();
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      if (explicitSlug) throw invalid(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
      if (attempt >= 4) throw new AppError("conflict", "Could not find a free web address for this title. Enter one yourself.");
    }
  }
}

/** The columns the editor sets on both create and update; the alt text is kept only while there is a cover. */
function editableColumns(input: WriteUpInput, coverId: string | null) {
  return {
    title: input.title,
    summary: input.summary,
    body: input.body,
    tag: input.tag,
    date: dateOnlyToDate(input.date),
    forumId: input.forumId,
    coverId,
    coverAlt: coverId ? input.coverAlt : "",
  };
}

export async function createWriteUp(args: SaveWriteUpInput): Promise<SavedWriteUp> {
  const { actor, input, cover } = args;
  return withSlugRetry(!!input.slug, () =>
    db.$transaction(async (tx) => {
      await checkLinks(tx, input);
      const slug = input.slug || (await freeSlug(tx, slugify(input.title)));
      const coverId = cover ? (await createMedia(tx, cover)).id : null;
      const w = await tx.writeUp.create({
        data: {
          slug,
          ...editableColumns(input, coverId),
          authorId: actor.id,
          closedConfirmedAt: input.confirmClosed ? new Date() : null,
        },
        select: { id: true, slug: true, version: true, status: true },
      });
      await writeChildren(tx, w.id, args);
      await recordAudit(tx, { actorId: actor.id, action: "write-up.create", targetType: "write_up", targetId: w.id, data: { slug, title: input.title } });
      return w;
    }),
  );
}

export async function updateWriteUp(args: SaveWriteUpInput): Promise<SavedWriteUp> {
  const { actor, input, cover } = args;
  if (!input.id || !input.version) throw new AppError("invalid_input", "The editor did not say which version it edited. Reload the page.");
  const id = input.id;
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.writeUp.findUnique({
        where: { id },
        select: { status: true, slug: true, version: true, coverId: true, coverAlt: true, closedConfirmedAt: true, sessions: { select: { sessionId: true } } },
      });
      if (!current) throw new AppError("not_found", "This write-up no longer exists.");
      if (current.version !== input.version) throw staleError();
      const sessions = await checkLinks(tx, input);

      // A confirmation covers the closed sessions linked when it was given; linking another one asks again.
      const before = new Set(current.sessions.map((s) => s.sessionId));
      const newClosed = sessions.some((s) => s.visibility === "delegates" && !before.has(s.id));
      const closedConfirmedAt = input.confirmClosed ? new Date() : newClosed ? null : current.closedConfirmedAt;
      if (current.status === "published" && needsClosedConfirmation(sessions) && !closedConfirmedAt) {
        throw invalid(CLOSED_CONFIRM, { confirmClosed: [CLOSED_CONFIRM] });
      }

      let coverId = current.coverId;
      if (cover) coverId = (await createMedia(tx, cover)).id;
      else if (input.removeCover) coverId = null;

      const updated = await tx.writeUp.updateMany({
        where: { id, version: input.version },
        data: {
          slug: input.slug || current.slug,
          ...editableColumns(input, coverId),
          closedConfirmedAt,
          version: { increment: 1 },
        },
      });
      if (updated.count !== 1) throw staleError();
      if (current.coverId && current.coverId !== coverId) {
        await tx.media.deleteMany({ where: { id: current.coverId, writeUpCovers: { none: {} }, writeUpImages: { none: {} }, presenter: { is: null } } });
      }
      await writeChildren(tx, id, args);
      // Published articles keep a history: every saved change to what readers see becomes a revision.
      const revision = current.status === "published" ? await createRevision(tx, id, actor.id, { onlyIfChanged: true }) : null;
      await recordAudit(tx, {
        actorId: actor.id,
        action: "write-up.update",
        targetType: "write_up",
        targetId: id,
        data: { version: input.version + 1, revision, slug: input.slug || current.slug },
      });
      return { id, slug: input.slug || current.slug, version: input.version + 1, status: current.status };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw invalid(SLUG_TAKEN, { slug: [SLUG_TAKEN] });
    throw e;
  }
}

function staleError(): AppError {
  return new AppError(
    "stale",
    "Someone else saved this write-up after you opened it. Your text is still in the form: copy what you need, reload the page, and apply your changes again.",
  );
}

const STATUS_WORD: Record<string, string> = { draft: "a draft", in_review: "in review", published: "published", unpublished: "unpublished" };

/** Moves a write-up along its workflow (submit, publish, send back, unpublish, return to draft). */
export async function changeWriteUpStatus({ actor, input }: { actor: CurrentUser; input: WorkflowInput }): Promise<SavedWriteUp> {
  const step = TRANSITIONS[input.step];
  return db.$transaction(async (tx) => {
    const w = await tx.writeUp.findUnique({
      where: { id: input.id },
      select: {
        slug: true,
        status: true,
        version: true,
        title: true,
        summary: true,
        body: true,
        publishedAt: true,
        closedConfirmedAt: true,
        coverId: true,
        coverAlt: true,
        sessions: { select: { sessionId: true } },
        quotes: { select: { text: true, presenterId: true, attribution: true }, orderBy: { position: "asc" } },
      },
    });
    if (!w) throw new AppError("not_found", "This write-up no longer exists.");
    if (!step.from.includes(w.status)) {
      throw new AppError("conflict", `This write-up is ${STATUS_WORD[w.status]}, so "${step.label}" is not possible. Reload the page to see its current state.`);
    }
    if (w.version !== input.version) throw staleError();

    const now = new Date();
    let closedConfirmedAt = w.closedConfirmedAt;
    if (step.to === "published") {
      const missing: Record<string, string[]> = {};
      if (!w.summary.trim()) missing.summary = ["Write a summary before publishing."];
      if (!w.body.trim()) missing.body = ["Write the article before publishing."];
      else if (w.body.includes(DRAFT_NOTE)) missing.body = ["The body still holds the generated draft's note. Rewrite the draft and remove the note before publishing."];
      if (w.coverId && !w.coverAlt.trim()) missing.coverAlt = ["Describe the cover image before publishing."];
      if (Object.keys(missing).length) throw invalid("The article is not complete yet.", missing);
      // Sessions can be made Chatham House after a quote was saved, so the guard runs again at publication.
      const sessions = await loadGuardSessions(tx, w.sessions.map((s) => s.sessionId));
      const errors = quoteAttributionErrors(sessions, w.quotes);
      if (Object.keys(errors).length) {
        throw invalid("A quote is attributed to a speaker of a Chatham House or closed session. Edit the quote before publishing.", errors);
      }
      if (input.confirmClosed) closedConfirmedAt = now;
      if (needsClosedConfirmation(sessions) && !closedConfirmedAt) throw invalid(CLOSED_CONFIRM, { confirmClosed: [CLOSED_CONFIRM] });
    }

    const updated = await tx.writeUp.updateMany({
      where: { id: input.id, version: input.version, status: w.status },
      data: {
        status: step.to,
        version: { increment: 1 },
        ...(step.to === "published"
          ? { reviewedById: actor.id, reviewedAt: now, publishedAt: w.publishedAt ?? now, closedConfirmedAt }
          : {}),
      },
    });
    if (updated.count !== 1) throw staleError();
    const revision = step.to === "published" ? await createRevision(tx, input.id, actor.id) : null;
    await recordAudit(tx, {
      actorId: actor.id,
      action: `write-up.${input.step}`,
      targetType: "write_up",
      targetId: input.id,
      data: { from: w.status, to: step.to, revision },
    });
    return { id: input.id, slug: w.slug, version: input.version + 1, status: step.to };
  });
}

/** Creates a draft pre-filled from a session (title, date in the forum's zone, room, presenters, abstract). */
export async function createWriteUpFromSession({ actor, sessionId }: { actor: CurrentUser; sessionId: string }): Promise<SavedWriteUp> {
  const s = await db.forumSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      forumId: true,
      title: true,
      abstract: true,
      startsAt: true,
      endsAt: true,
      chathamHouse: true,
      visibility: true,
      room: { select: { name: true } },
      forum: { select: { name: true, timeZone: true, venue: true, city: true } },
      presenters: {
        select: { role: true, presenter: { select: { id: true, name: true, title: true, organisation: true } } },
        orderBy: { position: "asc" },
      },
    },
  });
  if (!s) throw new AppError("not_found", "That session no longer exists.");
  const draft = sessionDraft({ ...s, room: s.room?.name ?? null, presenters: s.presenters.map((p) => ({ ...p.presenter, role: p.role })) });
  return createWriteUp({
    actor,
    input: blankInput({
      ...draft,
      forumId: s.forumId,
      sessionIds: [s.id],
      presenterIds: s.presenters.map((p) => p.presenter.id),
    }),
  });
}

/** Creates a draft pre-filled from a forum (dates, place, description, its public sessions). */
export async function createWriteUpFromForum({ actor, forumId }: { actor: CurrentUser; forumId: string }): Promise<SavedWriteUp> {
  const f = await db.forum.findUnique({
    where: { id: forumId },
    select: {
      id: true,
      name: true,
      description: true,
      venue: true,
      city: true,
      country: true,
      timeZone: true,
      startsOn: true,
      endsOn: true,
      // Closed sessions stay out of a skeleton meant to become a public article.
      sessions: {
        where: { kind: { not: "break" }, visibility: { not: "delegates" }, status: { not: "cancelled" } },
        select: { title: true, startsAt: true },
        orderBy: { startsAt: "asc" },
      },
    },
  });
  if (!f) throw new AppError("not_found", "That forum no longer exists.");
  const draft = forumDraft({ ...f, startsOn: dateOnly(f.startsOn), endsOn: dateOnly(f.endsOn) });
  return createWriteUp({ actor, input: blankInput({ ...draft, forumId: f.id }) });
}

function blankInput(v: Partial<WriteUpInput> & Pick<WriteUpInput, "title" | "date">): WriteUpInput {
  return {
    id: null,
    version: undefined,
    slug: "",
    summary: "",
    body: "",
    tag: "event",
    forumId: null,
    sessionIds: [],
    presenterIds: [],
    quotes: [],
    hasCover: false,
    removeCover: false,
    coverAlt: "",
    images: [],
    newImages: [],
    confirmClosed: false,
    ...v,
  };
}

/** Deletes a draft that was never published (published articles are unpublished instead, keeping their history). */
export async function deleteWriteUp({ actor, id }: { actor: CurrentUser; id: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const w = await tx.writeUp.findUnique({
      where: { id },
      select: { status: true, publishedAt: true, title: true, slug: true, coverId: true, images: { select: { mediaId: true } } },
    });
    if (!w) throw new AppError("not_found", "This write-up no longer exists.");
    if (w.status !== "draft" || w.publishedAt) {
      throw new AppError("conflict", "Only drafts that were never published can be deleted. Unpublish an article instead.");
    }
    const gone = await tx.writeUp.deleteMany({ where: { id, status: "draft", publishedAt: null } });
    if (gone.count !== 1) throw new AppError("conflict", "This write-up changed meanwhile. Reload the page.");
    // Photos live in the database; drop the ones nothing else uses so deleted drafts leave no orphans.
    const mediaIds = [w.coverId, ...w.images.map((i) => i.mediaId)].filter((m): m is string => !!m);
    if (mediaIds.length) {
      await tx.media.deleteMany({ where: { id: { in: mediaIds }, writeUpCovers: { none: {} }, writeUpImages: { none: {} }, presenter: { is: null } } });
    }
    await recordAudit(tx, { actorId: actor.id, action: "write-up.delete", targetType: "write_up", targetId: id, data: { title: w.title, slug: w.slug } });
  });
}

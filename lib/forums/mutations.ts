import "server-only";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { dateOnly, dateOnlyToDate, dayInZone, timeInZone, zonedToUtc } from "@/lib/time";
import type { ForumInput, PublishAgendaInput, RoomInput, TrackInput } from "@/lib/forums/schema";
import { FORUM_STATUS_LABELS } from "@/lib/forums/schema";
import { agendaIssues, changesSinceVersion, snapshotSelect, toSnapshot } from "@/lib/agenda/queries";
import { writeSessionChange } from "@/lib/agenda/mutations";
import { LONG_TEXT, staleMessage, type FieldChange } from "@/lib/agenda/change-log";

type Actor = { id: string };

function forumData(input: ForumInput) {
  const zone = input.timeZone;
  const instant = (day: string, time: string) => (day && time ? zonedToUtc(day, time, zone) : null);
  return {
    name: input.name,
    slug: input.slug,
    description: input.description,
    venue: input.venue,
    city: input.city,
    country: input.country,
    timeZone: zone,
    startsOn: dateOnlyToDate(input.startsOn),
    endsOn: dateOnlyToDate(input.endsOn),
    status: input.status,
    capacity: input.capacity,
    organisationCap: input.organisationCap,
    registrationOpensAt: instant(input.registrationOpensOn, input.registrationOpensAt),
    registrationClosesAt: instant(input.registrationClosesOn, input.registrationClosesAt),
  };
}

type ForumData = ReturnType<typeof forumData>;

// Readable before/after values for the audit trail and the stale-save message, in the forum's own zone.
function forumDiff(before: ForumData, after: ForumData): FieldChange[] {
  const out: FieldChange[] = [];
  const show = (v: unknown): string => {
    if (v === null || v === undefined || v === "") return "not set";
    // Only the @db.Date days get here; registration instants are shown in the forum's zone below.
    if (v instanceof Date) return dateOnly(v);
    return String(v);
  };
  const labels: Record<keyof ForumData, string> = {
    name: "name",
    slug: "web address",
    description: "description",
    venue: "venue",
    city: "city",
    country: "country",
    timeZone: "time zone",
    startsOn: "first day",
    endsOn: "last day",
    status: "status",
    capacity: "capacity",
    organisationCap: "places per organisation",
    registrationOpensAt: "registration opens",
    registrationClosesAt: "registration closes",
  };
  for (const key of Object.keys(labels) as (keyof ForumData)[]) {
    const isInstant = key === "registrationOpensAt" || key === "registrationClosesAt";
    const from = isInstant ? instantLabel(before[key] as Date | null, before.timeZone) : show(before[key]);
    const to = isInstant ? instantLabel(after[key] as Date | null, after.timeZone) : show(after[key]);
    if (from === to) continue;
    if (key === "description") out.push({ field: key, label: labels[key], from: LONG_TEXT, to: "(new text)" });
    else if (key === "status") out.push({ field: key, label: labels[key], from: FORUM_STATUS_LABELS[before.status], to: FORUM_STATUS_LABELS[after.status] });
    else out.push({ field: key, label: labels[key], from, to });
  }
  return out;
}

function instantLabel(v: Date | null, zone: string) {
  return v ? `${dayInZone(v, zone)} ${timeInZone(v, zone)}` : "not set";
}

const slugTaken = () =>
  new AppError("conflict", "That web address is already used by another forum.", { fieldErrors: { slug: ["That web address is already used by another forum. Choose another."] } });

export async function createForum({ actor, input }: { actor: Actor; input: ForumInput }): Promise<{ id: string; slug: string }> {
  try {
    return await db.$transaction(async (tx) => {
      const data = forumData(input);
      const forum = await tx.forum.create({ data, select: { id: true, slug: true } });
      await recordAudit(tx, { actorId: actor.id, action: "forum.create", targetType: "forum", targetId: forum.id, data: { toVersion: 1, after: input } });
      return forum;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw slugTaken();
    throw e;
  }
}

const forumRowSelect = {
  name: true,
  slug: true,
  description: true,
  venue: true,
  city: true,
  country: true,
  timeZone: true,
  startsOn: true,
  endsOn: true,
  status: true,
  capacity: true,
  organisationCap: true,
  registrationOpensAt: true,
  registrationClosesAt: true,
  version: true,
} as const;

/** Saves a forum's details if nobody else saved since `version` was loaded; otherwise says what they changed. */
export async function updateForum({ actor, forumId, version, input }: { actor: Actor; forumId: string; version: number; input: ForumInput }) {
  try {
    return await db.$transaction(async (tx) => {
      const current = await tx.forum.findUnique({ where: { id: forumId }, select: forumRowSelect });
      if (!current) throw new AppError("not_found", "That forum no longer exists.");
      if (current.version !== version) throw await staleForum(tx, forumId, version);
      const { version: _v, ...before } = current;
      void _v;
      const after = forumData(input);
      const changes = forumDiff(before, after);
      const updated = await tx.forum.updateMany({ where: { id: forumId, version }, data: { ...after, version: { increment: 1 } } });
      if (updated.count === 0) throw await staleForum(tx, forumId, version);
      await recordAudit(tx, {
        actorId: actor.id,
        action: after.status === "archived" && before.status !== "archived" ? "forum.archive" : "forum.update",
        targetType: "forum",
        targetId: forumId,
        data: { fromVersion: version, toVersion: version + 1, changes },
      });
      return { version: version + 1, slug: after.slug, changed: changes.length };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw slugTaken();
    throw e;
  }
}

async function staleForum(tx: Tx, forumId: string, version: number) {
  return new AppError("stale", staleMessage("forum", await changesSinceVersion(tx, "forum", forumId, version)));
}

/** Archive or restore without opening the whole form; still versioned so it cannot undo a concurrent edit. */
export async function setForumStatus({ actor, forumId, version, status }: { actor: Actor; forumId: string; version: number; status: ForumInput["status"] }) {
  return db.$transaction(async (tx) => {
    const current = await tx.forum.findUnique({ where: { id: forumId }, select: { status: true } });
    if (!current) throw new AppError("not_found", "That forum no longer exists.");
    const updated = await tx.forum.updateMany({ where: { id: forumId, version }, data: { status, version: { increment: 1 } } });
    if (updated.count === 0) throw await staleForum(tx, forumId, version);
    const changes = [{ field: "status", label: "status", from: FORUM_STATUS_LABELS[current.status], to: FORUM_STATUS_LABELS[status] }];
    await recordAudit(tx, {
      actorId: actor.id,
      action: status === "archived" ? "forum.archive" : "forum.update",
      targetType: "forum",
      targetId: forumId,
      data: { fromVersion: version, toVersion: version + 1, changes },
    });
    return { version: version + 1 };
  });
}

// ---------- rooms ----------

const roomNameTaken = () => new AppError("conflict", "This forum already has a room with that name.", { fieldErrors: { name: ["This forum already has a room with that name."] } });
const trackNameTaken = () => new AppError("conflict", "This forum already has a track with that name.", { fieldErrors: { name: ["This forum already has a track with that name."] } });

async function requireForum(tx: Tx, forumId: string) {
  const forum = await tx.forum.findUnique({ where: { id: forumId }, select: { id: true } });
  if (!forum) throw new AppError("not_found", "That forum no longer exists.");
}

export async function createRoom({ actor, forumId, input }: { actor: Actor; forumId: string; input: RoomInput }) {
  try {
    return await db.$transaction(async (tx) => {
      await requireForum(tx, forumId);
      const position = await tx.room.count({ where: { forumId } });
      const room = await tx.room.create({ data: { forumId, name: input.name, capacity: input.capacity, position }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "room.create", targetType: "room", targetId: room.id, data: { forumId, after: input } });
      return room;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw roomNameTaken();
    throw e;
  }
}

export async function updateRoom({ actor, roomId, input }: { actor: Actor; roomId: string; input: RoomInput }) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.room.findUnique({ where: { id: roomId }, select: { forumId: true, name: true, capacity: true } });
      if (!before) throw new AppError("not_found", "That room no longer exists.");
      await tx.room.update({ where: { id: roomId }, data: { name: input.name, capacity: input.capacity } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "room.update",
        targetType: "room",
        targetId: roomId,
        data: { forumId: before.forumId, before: { name: before.name, capacity: before.capacity }, after: input },
      });
      return { forumId: before.forumId };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw roomNameTaken();
    throw e;
  }
}

/**
 * Deleting a room would silently move its sessions to "no room" on a possibly published agenda, so a room
 * that still holds sessions is refused until they are moved or cancelled.
 */
export async function deleteRoom({ actor, roomId }: { actor: Actor; roomId: string }) {
  return db.$transaction(async (tx) => {
    const room = await tx.room.findUnique({ where: { id: roomId }, select: { forumId: true, name: true, capacity: true } });
    if (!room) throw new AppError("not_found", "That room no longer exists.");
    const inUse = await tx.forumSession.count({ where: { roomId, status: { not: "cancelled" } } });
    if (inUse) throw new AppError("conflict", `${room.name} still has ${inUse} session${inUse === 1 ? "" : "s"}. Move or cancel them first.`);
    await tx.room.delete({ where: { id: roomId } });
    await recordAudit(tx, { actorId: actor.id, action: "room.delete", targetType: "room", targetId: roomId, data: { forumId: room.forumId, before: room } });
    return { forumId: room.forumId };
  });
}

// ---------- tracks ----------

export async function createTrack({ actor, forumId, input }: { actor: Actor; forumId: string; input: TrackInput }) {
  try {
    return await db.$transaction(async (tx) => {
      await requireForum(tx, forumId);
      const position = await tx.track.count({ where: { forumId } });
      const track = await tx.track.create({ data: { forumId, name: input.name, colour: input.colour, position }, select: { id: true } });
      await recordAudit(tx, { actorId: actor.id, action: "track.create", targetType: "track", targetId: track.id, data: { forumId, after: input } });
      return track;
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw trackNameTaken();
    throw e;
  }
}

export async function updateTrack({ actor, trackId, input }: { actor: Actor; trackId: string; input: TrackInput }) {
  try {
    return await db.$transaction(async (tx) => {
      const before = await tx.track.findUnique({ where: { id: trackId }, select: { forumId: true, name: true, colour: true } });
      if (!before) throw new AppError("not_found", "That track no longer exists.");
      await tx.track.update({ where: { id: trackId }, data: { name: input.name, colour: input.colour } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "track.update",
        targetType: "track",
        targetId: trackId,
        data: { forumId: before.forumId, before: { name: before.name, colour: before.colour }, after: input },
      });
      return { forumId: before.forumId };
    });
  } catch (e) {
    if (isUniqueViolation(e)) throw trackNameTaken();
    throw e;
  }
}

export async function deleteTrack({ actor, trackId }: { actor: Actor; trackId: string }) {
  return db.$transaction(async (tx) => {
    const track = await tx.track.findUnique({ where: { id: trackId }, select: { forumId: true, name: true, colour: true } });
    if (!track) throw new AppError("not_found", "That track no longer exists.");
    const inUse = await tx.forumSession.count({ where: { trackId, status: { not: "cancelled" } } });
    if (inUse) throw new AppError("conflict", `${track.name} still has ${inUse} session${inUse === 1 ? "" : "s"}. Give them another track first.`);
    await tx.track.delete({ where: { id: trackId } });
    await recordAudit(tx, { actorId: actor.id, action: "track.delete", targetType: "track", targetId: trackId, data: { forumId: track.forumId, before: track } });
    return { forumId: track.forumId };
  });
}

// ---------- publishing ----------

/**
 * Publishes the agenda: every draft session becomes published and the forum records when. With open issues the
 * organiser must acknowledge them; the check runs here, inside the transaction, not only in the form.
 */
export async function publishAgenda({ actor, input }: { actor: Actor; input: PublishAgendaInput }) {
  return db.$transaction(async (tx) => {
    // Lock the forum row so two organisers publishing at once do not both run the draft → published step.
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Forum" WHERE id = ${input.forumId} FOR UPDATE`;
    if (!locked.length) throw new AppError("not_found", "That forum no longer exists.");
    const forum = await tx.forum.findUniqueOrThrow({ where: { id: input.forumId }, select: { agendaPublishedAt: true, slug: true } });
    const issues = await agendaIssues(tx, input.forumId);
    if (issues.length && !input.acknowledgeIssues) {
      const n = issues.length;
      throw new AppError("conflict", `The agenda has ${n} open issue${n === 1 ? "" : "s"}. Review them, or confirm that you want to publish anyway.`, {
        fieldErrors: { acknowledgeIssues: [`Tick this box to publish with ${n} open issue${n === 1 ? "" : "s"}.`] },
      });
    }
    const now = new Date();
    // Sessions added after the first publication reach readers now: that is news for the change log.
    if (forum.agendaPublishedAt) {
      const drafts = await tx.forumSession.findMany({ where: { forumId: input.forumId, status: "draft" }, select: snapshotSelect });
      for (const d of drafts) {
        const before = toSnapshot(d);
        await writeSessionChange(tx, input.forumId, d.id, before, { ...before, status: "published" });
      }
    }
    const published = await tx.forumSession.updateMany({
      where: { forumId: input.forumId, status: "draft" },
      data: { status: "published", version: { increment: 1 } },
    });
    await tx.forum.update({ where: { id: input.forumId }, data: { agendaPublishedAt: forum.agendaPublishedAt ?? now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "agenda.publish",
      targetType: "forum",
      targetId: input.forumId,
      data: { sessionsPublished: published.count, openIssues: issues.length, acknowledged: issues.length > 0, firstPublication: !forum.agendaPublishedAt },
    });
    return { sessionsPublished: published.count, openIssues: issues.length, slug: forum.slug };
  });
}

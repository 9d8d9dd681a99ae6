import "server-only";
import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/mutations";
import { forumHasEnded, forumSummarySelect, registrationState } from "@/lib/forums/queries";
import { dateOnly } from "@/lib/time";
import { hashToken, looksLikeToken, newToken } from "@/lib/tokens";
import { findOrCreateOrganisation } from "@/lib/organisations/mutations";
import type { RegistrationStatus } from "@/lib/generated/prisma/enums";
import { KINDS_WITH_LINK, queueOrganiserChangeNotice, queueRegistrationMail, type RegistrationMailKind } from "@/lib/registrations/emails";
import { eraseRegistrationMail } from "@/lib/mail/mutations";
import { CONFIRM_WINDOW_MS, manageExpiryFor, newCheckInCode, newManageToken } from "@/lib/registrations/links";
import { PRIVACY_NOTICE_VERSION, type RegistrationDetailsInput, type RegistrationInput } from "@/lib/registrations/schema";

// ---------- shared pieces ----------

const forumMailSelect = { ...forumSummarySelect, description: true } as const;

const regMailSelect = { id: true, createdAt: true, email: true, fullName: true, checkInCode: true } as const;

const decisionRowSelect = {
  ...regMailSelect,
  status: true,
  organisationId: true,
  emailConfirmedAt: true,
  waitlistedAt: true,
} as const;

type DecisionRow = {
  id: string;
  createdAt: Date;
  email: string;
  fullName: string;
  checkInCode: string;
  status: RegistrationStatus;
  organisationId: string | null;
  emailConfirmedAt: Date | null;
  waitlistedAt: Date | null;
};

type ForumMail = { id: string; slug: string; name: string; description: string; venue: string; city: string; country: string; timeZone: string; startsOn: Date; endsOn: Date };
type PendingMail = { kind: RegistrationMailKind; reg: DecisionRow; confirmToken?: string; manageToken?: string };

/**
 * A status change that will be mailed: the message carries a fresh manage link, whose hash is written by the same
 * update as the change (so the link in the newest message is the one that works).
 */
function mailed(kind: RegistrationMailKind): { data: { manageTokenHash?: string }; manageToken?: string } {
  if (!KINDS_WITH_LINK.has(kind)) return { data: {} };
  const { token, hash } = newManageToken();
  return { data: { manageTokenHash: hash }, manageToken: token };
}

/**
 * Status changes queue behind one another on the forum's row lock, so that a count of approved seats read
 * inside the transaction stays true until it commits. Many concurrent callers wait for a pool connection and
 * then for the lock; the generous limits keep them waiting rather than failing.
 */
const LOCKING_TX = { maxWait: 120_000, timeout: 120_000 } as const;

type LockedForum = { id: string; capacity: number | null; organisationCap: number | null };

async function lockForum(tx: Tx, forumId: string): Promise<LockedForum> {
  const rows = await tx.$queryRaw<LockedForum[]>`
    SELECT "id", "capacity", "organisationCap" FROM "Forum" WHERE "id" = ${forumId} FOR UPDATE`;
  if (!rows[0]) throw new AppError("not_found", "That forum no longer exists.");
  return rows[0];
}

/** Queues the changes' e-mails inside their transaction: a committed change always has its mail, a rolled-back one never. */
async function queueAll(tx: Tx, mails: PendingMail[], forumId: string) {
  if (!mails.length) return;
  const forum: ForumMail = await tx.forum.findUniqueOrThrow({ where: { id: forumId }, select: forumMailSelect });
  for (const m of mails) await queueRegistrationMail(tx, m.kind, m.reg, forum, { confirmToken: m.confirmToken, manageToken: m.manageToken });
}

/** A pending registration whose e-mail was never confirmed within 48 hours: neither counted nor actionable. */
export function isExpiredUnconfirmed(r: { status: RegistrationStatus; emailConfirmedAt: Date | null; confirmExpiresAt: Date | null }, now: Date) {
  return r.status === "pending" && !r.emailConfirmedAt && !!r.confirmExpiresAt && r.confirmExpiresAt <= now;
}

async function validInterestIds(forumId: string, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  // Ids not offered on the form (another forum's, a closed session's) are dropped rather than stored.
  const rows = await db.forumSession.findMany({
    where: { id: { in: ids }, forumId, status: "published", visibility: "public", forum: { agendaPublishedAt: { not: null } } },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

function detailsData(input: RegistrationDetailsInput) {
  return {
    fullName: input.fullName,
    jobTitle: input.jobTitle,
    sector: input.sector,
    country: input.country,
    phone: input.phone ?? null,
    dietaryNeeds: input.dietaryNeeds ?? null,
    accessibilityNeeds: input.accessibilityNeeds ?? null,
    note: input.note ?? null,
  };
}

// ---------- registering ----------

export type CreateRegistrationResult =
  | { outcome: "received"; registrationId: string; manageToken: string; email: string }
  | { outcome: "duplicate"; email: string };

/**
 * Stores a registration as pending and e-mails a confirmation link. The (forum, e-mail) unique key makes a double
 * click, a retry or a second tab end with one row; an expired unconfirmed or a cancelled registration is replaced
 * in place, so the person can register again.
 */
export async function createRegistration(params: { forumSlug: string; input: RegistrationInput; now?: Date }): Promise<CreateRegistrationResult> {
  const now = params.now ?? new Date();
  const { input } = params;
  const forum = await db.forum.findUnique({
    where: { slug: params.forumSlug },
    select: { ...forumMailSelect, status: true, registrationOpensAt: true, registrationClosesAt: true },
  });
  if (!forum || forum.status !== "published") throw new AppError("not_found", "This forum is not open for registration.");
  if (registrationState({ ...forum, endsOn: dateOnly(forum.endsOn) }, now) !== "open") {
    throw new AppError("conflict", "Registration for this forum is closed.");
  }

  const interestIds = await validInterestIds(forum.id, input.sessionIds);
  const organisation = await findOrCreateOrganisation({ name: input.organisationName, sector: input.sector, country: input.country });
  const confirmToken = newToken();
  const manage = newManageToken();
  const fresh = {
    ...detailsData(input),
    organisationId: organisation.id,
    status: "pending" as const,
    consentVersion: PRIVACY_NOTICE_VERSION,
    consentAt: now,
    emailConfirmedAt: null,
    confirmTokenHash: hashToken(confirmToken),
    confirmExpiresAt: new Date(now.getTime() + CONFIRM_WINDOW_MS),
    manageExpiresAt: manageExpiryFor(forum.endsOn),
    checkInCode: newCheckInCode(),
    createdAt: now,
  };

  const existing = await db.registration.findUnique({
    where: { forumId_email: { forumId: forum.id, email: input.email } },
    select: { id: true, status: true, emailConfirmedAt: true, confirmExpiresAt: true, updatedAt: true },
  });

  // The form answers a known address exactly as a new one (it must not tell a stranger who applied); the owner of
  // the existing registration is reminded instead, with a fresh link in case theirs was lost.
  const duplicate = async (): Promise<CreateRegistrationResult> => {
    await remindExistingRegistrant(forum, input.email);
    return { outcome: "duplicate", email: input.email };
  };

  const mailReg = (id: string) => ({ id, createdAt: now, email: input.email, fullName: input.fullName, checkInCode: fresh.checkInCode });
  let registrationId: string;
  try {
    if (existing) {
      if (!(isExpiredUnconfirmed(existing, now) || existing.status === "cancelled")) return duplicate();
      registrationId = existing.id;
      const replaced = await db.$transaction(async (tx) => {
        // updatedAt guards against two people replacing the same stale row at once: only one update matches.
        const { count } = await tx.registration.updateMany({
          where: { id: existing.id, updatedAt: existing.updatedAt },
          data: {
            ...fresh,
            manageTokenHash: manage.hash,
            checkedInAt: null,
            checkedInById: null,
            waitlistedAt: null,
            decidedAt: null,
            decidedById: null,
            cancelledAt: null,
            needsPurgedAt: null,
            deletionRequestedAt: null,
          },
        });
        if (count !== 1) return false;
        await tx.registrationInterest.deleteMany({ where: { registrationId: existing.id } });
        if (interestIds.length) {
          await tx.registrationInterest.createMany({ data: interestIds.map((sessionId) => ({ registrationId: existing.id, sessionId })) });
        }
        await queueRegistrationMail(tx, "received", mailReg(existing.id), forum, { confirmToken, manageToken: manage.token });
        return true;
      });
      if (!replaced) return duplicate();
    } else {
      registrationId = randomUUID();
      await db.$transaction(async (tx) => {
        await tx.registration.create({
          data: {
            ...fresh,
            id: registrationId,
            forumId: forum.id,
            email: input.email,
            manageTokenHash: manage.hash,
          },
        });
        if (interestIds.length) {
          await tx.registrationInterest.createMany({ data: interestIds.map((sessionId) => ({ registrationId, sessionId })) });
        }
        await queueRegistrationMail(tx, "received", mailReg(registrationId), forum, { confirmToken, manageToken: manage.token });
      });
    }
  } catch (e) {
    // Another submission for the same e-mail committed first.
    if (isUniqueViolation(e)) return duplicate();
    throw e;
  }

  return { outcome: "received", registrationId, manageToken: manage.token, email: input.email };
}

async function remindExistingRegistrant(forum: ForumMail, email: string): Promise<void> {
  const manage = newManageToken();
  const reg = await db.registration.findUnique({ where: { forumId_email: { forumId: forum.id, email } }, select: { ...regMailSelect, erasedAt: true } });
  if (!reg || reg.erasedAt) return;
  await db.$transaction(async (tx) => {
    await tx.registration.update({ where: { id: reg.id }, data: { manageTokenHash: manage.hash } });
    await queueRegistrationMail(tx, "reminder", reg, forum, { manageToken: manage.token });
  });
}

export type ConfirmResult = { outcome: "confirmed"; manageToken: string };

/**
 * Confirms the e-mail address from the link in the first message. The link works once: the update that confirms
 * also clears it and issues the manage link that the page then shows (and the "confirmed" message carries), so a
 * used, forwarded or leaked confirmation link hands out nothing. Unknown, used and expired links look alike.
 */
export async function confirmRegistrationEmail(params: { token: string; now?: Date }): Promise<ConfirmResult> {
  const now = params.now ?? new Date();
  const gone = new AppError("gone", "This link is not valid. It may have expired or already been used.");
  if (!looksLikeToken(params.token)) throw gone;
  const confirmTokenHash = hashToken(params.token);
  const reg = await db.registration.findUnique({
    where: { confirmTokenHash },
    select: { ...decisionRowSelect, forumId: true, erasedAt: true },
  });
  if (!reg || reg.erasedAt) throw gone;
  const manage = newManageToken();
  const count = await db.$transaction(async (tx) => {
    const { count } = await tx.registration.updateMany({
      where: { id: reg.id, confirmTokenHash, emailConfirmedAt: null, status: "pending", confirmExpiresAt: { gt: now } },
      data: { emailConfirmedAt: now, confirmTokenHash: null, confirmExpiresAt: null, manageTokenHash: manage.hash },
    });
    if (count === 1) await queueAll(tx, [{ kind: "confirmed", reg, manageToken: manage.token }], reg.forumId);
    return count;
  });
  if (count !== 1) throw gone;
  return { outcome: "confirmed", manageToken: manage.token };
}

// ---------- organiser decisions ----------

export type DecisionOutcome =
  | "approved"
  | "waitlisted"
  | "declined"
  | "already" // already in the requested state
  | "full" // no seat left; left as it was
  | "organisation_cap" // the organisation has its maximum approved; left as it was
  | "unconfirmed" // e-mail not confirmed (or confirmation expired)
  | "not_allowed" // e.g. approving a cancelled registration
  | "not_found";

export type DecisionResult = { id: string; name: string; outcome: DecisionOutcome };

/** Fills open seats from the waitlist, first come first served, skipping people whose organisation is at its cap. */
async function promoteFromWaitlist(tx: Tx, forum: LockedForum, now: Date): Promise<PendingMail[]> {
  let approved = await tx.registration.count({ where: { forumId: forum.id, status: "approved" } });
  let open = forum.capacity === null ? Number.POSITIVE_INFINITY : forum.capacity - approved;
  if (open <= 0) return [];
  const waiting = await tx.registration.findMany({
    where: { forumId: forum.id, status: "waitlisted" },
    orderBy: [{ waitlistedAt: "asc" }, { createdAt: "asc" }],
    select: decisionRowSelect,
    take: forum.capacity === null ? 1000 : 500,
  });
  const promoted: PendingMail[] = [];
  const orgCounts = new Map<string, number>();
  for (const w of waiting) {
    if (open <= 0) break;
    if (forum.organisationCap !== null && w.organisationId) {
      const n = orgCounts.get(w.organisationId) ?? (await approvedInOrganisation(tx, forum.id, w.organisationId));
      orgCounts.set(w.organisationId, n);
      if (n >= forum.organisationCap) continue;
    }
    const link = mailed("promoted");
    const { count } = await tx.registration.updateMany({
      where: { id: w.id, status: "waitlisted" },
      data: { status: "approved", decidedAt: now, decidedById: null, ...link.data },
    });
    if (count !== 1) continue;
    await recordAudit(tx, { actorId: null, action: "registration.promote", targetType: "registration", targetId: w.id, data: { from: "waitlisted", to: "approved" } });
    promoted.push({ kind: "promoted", reg: w, manageToken: link.manageToken });
    approved += 1;
    open -= 1;
    if (w.organisationId) orgCounts.set(w.organisationId, (orgCounts.get(w.organisationId) ?? 0) + 1);
  }
  return promoted;
}

async function approvedInOrganisation(tx: Tx, forumId: string, organisationId: string) {
  return tx.registration.count({ where: { forumId, organisationId, status: "approved" } });
}

/**
 * Approves, waitlists or declines registrations, in waitlist order then creation order, and reports each row's
 * outcome. Capacity and the per-organisation cap are checked under the forum's row lock, so concurrent
 * approvals can never seat more people than there are seats.
 */
export async function decideRegistrations(params: {
  forumId: string;
  ids: string[];
  decision: "approve" | "waitlist" | "decline";
  whenFull?: "waitlist" | "leave";
  actorId: string;
  now?: Date;
}): Promise<DecisionResult[]> {
  const now = params.now ?? new Date();
  const whenFull = params.whenFull ?? "waitlist";
  const mails: PendingMail[] = [];
  const ids = [...new Set(params.ids)];

  const results = await db.$transaction(async (tx) => {
    const forum = await lockForum(tx, params.forumId);
    const rows = await tx.registration.findMany({
      where: { id: { in: ids }, forumId: forum.id, erasedAt: null },
      select: { ...decisionRowSelect, confirmExpiresAt: true },
    });
    rows.sort((a, b) => {
      const aw = a.waitlistedAt?.getTime() ?? Number.POSITIVE_INFINITY;
      const bw = b.waitlistedAt?.getTime() ?? Number.POSITIVE_INFINITY;
      return aw !== bw ? aw - bw : a.createdAt.getTime() - b.createdAt.getTime();
    });
    const out: DecisionResult[] = [];
    let approved = await tx.registration.count({ where: { forumId: forum.id, status: "approved" } });
    const orgCounts = new Map<string, number>();
    let seatsFreed = false;

    // Changes the status and queues the message; the message's manage link is issued by the same update.
    const change = async (row: DecisionRow, from: RegistrationStatus[], data: Record<string, unknown>, to: RegistrationStatus, kind: RegistrationMailKind | null) => {
      const link = kind ? mailed(kind) : { data: {}, manageToken: undefined };
      const { count } = await tx.registration.updateMany({ where: { id: row.id, status: { in: from } }, data: { ...data, ...link.data, status: to } });
      if (count === 1) {
        await recordAudit(tx, { actorId: params.actorId, action: `registration.${params.decision}`, targetType: "registration", targetId: row.id, data: { from: row.status, to } });
        if (kind) mails.push({ kind, reg: row, manageToken: link.manageToken });
      }
      return count === 1;
    };
    const decided = { decidedAt: now, decidedById: params.actorId };

    for (const row of rows) {
      const result = (outcome: DecisionOutcome) => out.push({ id: row.id, name: row.fullName, outcome });
      if (params.decision === "approve") {
        if (row.status === "approved") { result("already"); continue; }
        if (row.status !== "pending" && row.status !== "waitlisted") { result("not_allowed"); continue; }
        if (!row.emailConfirmedAt) { result("unconfirmed"); continue; }
        if (forum.capacity !== null && approved >= forum.capacity) {
          if (whenFull === "waitlist" && row.status === "pending") {
            if (await change(row, ["pending"], { ...decided, waitlistedAt: row.waitlistedAt ?? now }, "waitlisted", "waitlisted")) {
              result("waitlisted");
            } else result("not_found");
          } else result("full");
          continue;
        }
        if (forum.organisationCap !== null && row.organisationId) {
          const n = orgCounts.get(row.organisationId) ?? (await approvedInOrganisation(tx, forum.id, row.organisationId));
          orgCounts.set(row.organisationId, n);
          if (n >= forum.organisationCap) { result("organisation_cap"); continue; }
        }
        if (await change(row, ["pending", "waitlisted"], decided, "approved", "approved")) {
          approved += 1;
          if (row.organisationId) orgCounts.set(row.organisationId, (orgCounts.get(row.organisationId) ?? 0) + 1);
          result("approved");
        } else result("not_found");
      } else if (params.decision === "waitlist") {
        if (row.status === "waitlisted") { result("already"); continue; }
        if (row.status !== "pending") { result("not_allowed"); continue; }
        if (!row.emailConfirmedAt) { result("unconfirmed"); continue; }
        if (await change(row, ["pending"], { ...decided, waitlistedAt: now }, "waitlisted", "waitlisted")) {
          result("waitlisted");
        } else result("not_found");
      } else {
        if (row.status === "declined") { result("already"); continue; }
        if (row.status === "cancelled") { result("not_allowed"); continue; }
        // Someone who never confirmed their address gets no mail: it may not be theirs.
        if (await change(row, ["pending", "waitlisted", "approved"], { ...decided, waitlistedAt: null }, "declined", row.emailConfirmedAt ? "declined" : null)) {
          if (row.status === "approved") seatsFreed = true;
          result("declined");
        } else result("not_found");
      }
    }
    if (seatsFreed) {
      mails.push(...(await promoteFromWaitlist(tx, forum, now)));
    }
    const found = new Set(rows.map((r) => r.id));
    for (const id of ids) if (!found.has(id)) out.push({ id, name: "", outcome: "not_found" });
    await queueAll(tx, mails, forum.id);
    return out;
  }, LOCKING_TX);
  return results;
}

// ---------- self-service (manage link) ----------

const manageGone = () => new AppError("gone", "This link is not valid. It may have expired.");

async function registrationIdForManageToken(token: string, now: Date) {
  if (!looksLikeToken(token)) throw manageGone();
  const reg = await db.registration.findUnique({
    where: { manageTokenHash: hashToken(token) },
    select: { id: true, forumId: true, manageExpiresAt: true, erasedAt: true, forum: { select: { endsOn: true, timeZone: true } } },
  });
  if (!reg || reg.erasedAt || reg.manageExpiresAt <= now) throw manageGone();
  return { id: reg.id, forumId: reg.forumId, ended: forumHasEnded(reg.forum, now) };
}

const forumEnded = () =>
  new AppError("conflict", "This forum has ended, so the registration can no longer be changed. You can still download your data or ask for it to be erased.");

export type CancelResult = { outcome: "cancelled" | "already" | "deletion_requested"; promoted: number };

/**
 * Cancels through the manage link. A released seat goes to the first person on the waitlist in the same
 * transaction, so there is no moment where a seat is free and someone waiting has not been offered it.
 * After the forum has ended nothing is cancelled or promoted (there is no seat left to offer); only a request to
 * erase the data is still recorded.
 */
export async function cancelRegistrationByToken(params: { token: string; requestDeletion?: boolean; now?: Date }): Promise<CancelResult> {
  const now = params.now ?? new Date();
  const { id, forumId, ended } = await registrationIdForManageToken(params.token, now);
  if (ended && !params.requestDeletion) throw forumEnded();
  const mails: PendingMail[] = [];
  const result = await db.$transaction(async (tx) => {
    const forum = await lockForum(tx, forumId);
    const row = await tx.registration.findUniqueOrThrow({ where: { id }, select: decisionRowSelect });
    if (params.requestDeletion) {
      await tx.registration.update({ where: { id }, data: { deletionRequestedAt: now } });
    }
    if (ended) {
      await recordAudit(tx, { actorId: null, action: "registration.request_deletion", targetType: "registration", targetId: id, data: { by: "registrant", afterForumEnded: true } });
      return { outcome: "deletion_requested" as const, promoted: 0 };
    }
    if (row.status !== "pending" && row.status !== "approved" && row.status !== "waitlisted") {
      return { outcome: "already" as const, promoted: 0 };
    }
    await tx.registration.update({ where: { id }, data: { status: "cancelled", cancelledAt: now, waitlistedAt: null } });
    await recordAudit(tx, { actorId: null, action: "registration.cancel", targetType: "registration", targetId: id, data: { from: row.status, by: "registrant", deletionRequested: !!params.requestDeletion } });
    mails.push({ kind: "cancelled", reg: row });
    let promoted = 0;
    if (row.status === "approved") {
      const offers = await promoteFromWaitlist(tx, forum, now);
      mails.push(...offers);
      promoted = offers.length;
    }
    await queueAll(tx, mails, forumId);
    return { outcome: "cancelled" as const, promoted };
  }, LOCKING_TX);
  return result;
}

// Who the seat is for: once approved these are what the organisers approved and what check-in admits.
const IDENTITY_FIELDS = ["fullName", "jobTitle", "country"] as const;
const FROZEN_MESSAGE = "Your place is confirmed for this person. To change it, contact the organisers.";

/**
 * Edits details through the manage link. Once a seat is approved, the organisation and the identity fields (name,
 * job title, country) are frozen, so a confirmed seat cannot be handed to someone else; other changes to an approved
 * registration are told to the organisers. Every change is audited by field name (needs are sensitive, so never by
 * value). Nothing changes after the forum has ended.
 */
export async function updateRegistrationByToken(params: { token: string; input: RegistrationDetailsInput; now?: Date }): Promise<void> {
  const now = params.now ?? new Date();
  const { id, forumId, ended } = await registrationIdForManageToken(params.token, now);
  if (ended) throw forumEnded();
  const interestIds = await validInterestIds(forumId, params.input.sessionIds);
  const organisation = await findOrCreateOrganisation({ name: params.input.organisationName, sector: params.input.sector, country: params.input.country });
  const next = detailsData(params.input);
  await db.$transaction(async (tx) => {
    await lockForum(tx, forumId);
    const row = await tx.registration.findUniqueOrThrow({
      where: { id },
      select: { status: true, organisationId: true, fullName: true, jobTitle: true, sector: true, country: true, phone: true, dietaryNeeds: true, accessibilityNeeds: true, note: true, interests: { select: { sessionId: true } } },
    });
    if (row.status === "cancelled" || row.status === "declined") {
      throw new AppError("conflict", "This registration is closed and can no longer be changed.");
    }
    if (row.status === "approved") {
      const fieldErrors: Record<string, string[]> = {};
      for (const f of IDENTITY_FIELDS) if (next[f] !== row[f]) fieldErrors[f] = [FROZEN_MESSAGE];
      if (row.organisationId !== organisation.id) {
        fieldErrors.organisationName = ["Your seat is confirmed for your organisation. To change it, cancel and register again, or contact the organisers."];
      }
      if (Object.keys(fieldErrors).length) throw new AppError("invalid_input", "Please correct the highlighted fields.", { fieldErrors });
    }
    const fields = (Object.keys(next) as (keyof typeof next)[]).filter((k) => next[k] !== row[k]) as string[];
    if (row.organisationId !== organisation.id) fields.push("organisationName");
    const before = row.interests.map((i) => i.sessionId).sort();
    if (JSON.stringify(before) !== JSON.stringify([...interestIds].sort())) fields.push("sessionIds");
    if (!fields.length) return;
    await tx.registration.update({ where: { id }, data: { ...next, organisationId: organisation.id } });
    await tx.registrationInterest.deleteMany({ where: { registrationId: id } });
    if (interestIds.length) await tx.registrationInterest.createMany({ data: interestIds.map((sessionId) => ({ registrationId: id, sessionId })) });
    await recordAudit(tx, { actorId: null, action: "registration.update", targetType: "registration", targetId: id, data: { by: "registrant", status: row.status, fields } });
    if (row.status === "approved") {
      const [forum, organisers] = await Promise.all([
        tx.forum.findUniqueOrThrow({ where: { id: forumId }, select: { id: true, name: true } }),
        tx.user.findMany({ where: { role: "organiser" }, select: { email: true } }),
      ]);
      await queueOrganiserChangeNotice(tx, { to: organisers.map((o) => o.email), reg: { id, fullName: row.fullName }, forum, fields });
    }
  }, LOCKING_TX);
}

/** Replaces the manage link (for instance one forwarded by mistake): the old link stops at once, the new one is mailed. */
export async function rotateManageToken(params: { token: string; now?: Date }): Promise<string> {
  const now = params.now ?? new Date();
  const { id, forumId } = await registrationIdForManageToken(params.token, now);
  const manage = newManageToken();
  await db.$transaction(async (tx) => {
    const { count } = await tx.registration.updateMany({ where: { id, manageTokenHash: hashToken(params.token) }, data: { manageTokenHash: manage.hash } });
    if (count !== 1) throw manageGone();
    const reg = await tx.registration.findUniqueOrThrow({ where: { id }, select: regMailSelect });
    await queueAll(tx, [{ kind: "new_link", reg: { ...reg, status: "approved", organisationId: null, emailConfirmedAt: null, waitlistedAt: null }, manageToken: manage.token }], forumId);
  });
  return manage.token;
}

// ---------- data rights ----------

/**
 * Erases a registration's personal data for good while keeping the row (status, organisation, sector) so that
 * counts and capacity stay right. The manage link and check-in code stop working.
 */
export async function eraseRegistration(params: { forumId: string; id: string; actorId: string; now?: Date }): Promise<void> {
  const now = params.now ?? new Date();
  const erasedEmail = `erased-${params.id.toLowerCase()}@erased.invalid`;
  await db.$transaction(async (tx) => {
    await lockForum(tx, params.forumId);
    const { count } = await tx.registration.updateMany({
      where: { id: params.id, forumId: params.forumId, erasedAt: null },
      data: {
        email: erasedEmail,
        fullName: "Erased registrant",
        jobTitle: "",
        phone: null,
        dietaryNeeds: null,
        accessibilityNeeds: null,
        note: null,
        confirmTokenHash: null,
        confirmExpiresAt: null,
        manageTokenHash: hashToken(newToken()),
        checkInCode: `ERASED${newCheckInCode()}`,
        erasedAt: now,
      },
    });
    if (count !== 1) throw new AppError("not_found", "That registration was not found or is already erased.");
    await tx.registrationInterest.deleteMany({ where: { registrationId: params.id } });
    await eraseRegistrationMail(tx, params.id, erasedEmail);
    await recordAudit(tx, { actorId: params.actorId, action: "registration.erase", targetType: "registration", targetId: params.id });
  });
}

/** Exports that include dietary and accessibility needs are recorded, since those can reveal health or religion. */
export async function recordRegistrationExport(params: { forumId: string; actorId: string; includeNeeds: boolean; rows: number }): Promise<void> {
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: params.actorId,
      action: params.includeNeeds ? "registration.export_with_needs" : "registration.export",
      targetType: "forum",
      targetId: params.forumId,
      data: { rows: params.rows, includeNeeds: params.includeNeeds },
    }),
  );
}

// ---------- check-in ----------

export type CheckInResult =
  | { outcome: "checked_in"; id: string; name: string; organisation: string | null; at: Date }
  | { outcome: "already"; id: string; name: string; organisation: string | null; at: Date; by: string | null }
  | { outcome: "not_approved"; name: string; status: RegistrationStatus }
  | { outcome: "not_found" };

/** Records arrival once: the conditional update means two desks scanning the same badge record one arrival. */
export async function checkInRegistration(params: { forumId: string; code?: string; registrationId?: string; actorId: string; now?: Date }): Promise<CheckInResult> {
  const now = params.now ?? new Date();
  const key = params.registrationId ? { id: params.registrationId } : params.code ? { checkInCode: params.code } : null;
  if (!key) return { outcome: "not_found" };
  const where = { ...key, forumId: params.forumId, erasedAt: null };
  const { count } = await db.registration.updateMany({
    where: { ...where, status: "approved", checkedInAt: null },
    data: { checkedInAt: now, checkedInById: params.actorId },
  });
  const row = await db.registration.findFirst({
    where,
    select: { id: true, fullName: true, status: true, checkedInAt: true, organisation: { select: { name: true } }, checkedInBy: { select: { name: true, email: true } } },
  });
  if (!row) return { outcome: "not_found" };
  const organisation = row.organisation?.name ?? null;
  if (count === 1) return { outcome: "checked_in", id: row.id, name: row.fullName, organisation, at: now };
  if (row.checkedInAt) {
    return { outcome: "already", id: row.id, name: row.fullName, organisation, at: row.checkedInAt, by: row.checkedInBy?.name ?? row.checkedInBy?.email ?? null };
  }
  return { outcome: "not_approved", name: row.fullName, status: row.status };
}

// The authorization matrix: every server action (every export of every "use server" file) and every route handler
// (app/**/route.ts), found by scanning the code, against seven callers. A new action or route without a row here
// fails the first test. Each cell asserts allowed or refused; a refusal must leave the database exactly as it was.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { createUser, signInAs } from "../support/auth";
import { testRequest } from "../support/request";
import { makeForum, makeRegistration } from "./registrations-fixtures";
import type { CurrentUser } from "@/lib/auth/roles";
import { hashToken, newToken } from "@/lib/tokens";

const ROOT = path.resolve(__dirname, "../..");
const CALLERS = ["anonymous", "registrant", "otherRegistrant", "attendee", "delegate", "otherStateDelegate", "organiser"] as const;
type Caller = (typeof CALLERS)[number];

// Who may get past each action's authorization. "token": only the holder of that registration's manage or
// link; "signed-in": any account (its own data only); "public": anyone (rate-limited); "unheld-token": a link only
// its addressee received (confirmation, invitation) and none of these callers holds, so all are refused.
type Policy = "organiser" | "signed-in" | "token" | "public" | "unheld-token";

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ts|tsx)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Every exported function of every file that starts with "use server". */
function scanActions(): { file: string; name: string }[] {
  const out: { file: string; name: string }[] = [];
  for (const file of [...walk(path.join(ROOT, "lib")), ...walk(path.join(ROOT, "app"))]) {
    const text = fs.readFileSync(file, "utf8");
    if (!/^\s*["']use server["']/.test(text)) continue;
    for (const m of text.matchAll(/^export\s+(?:async\s+)?(?:function\s+(\w+)|const\s+(\w+))/gm)) out.push({ file: path.relative(ROOT, file), name: m[1] ?? m[2] });
  }
  return out;
}

function scanRoutes(): string[] {
  return walk(path.join(ROOT, "app"))
    .filter((f) => path.basename(f) === "route.ts")
    .map((f) => path.relative(ROOT, f));
}

const ACTIONS: Record<string, Policy> = {
  // lib/agenda
  addBookmarkAction: "signed-in",
  removeBookmarkAction: "signed-in",
  setBookmarkAction: "signed-in",
  acknowledgeBookmarkAction: "signed-in",
  createCalendarFeedAction: "signed-in",
  revokeCalendarFeedAction: "signed-in",
  // lib/auth
  signInAction: "public",
  signOutAction: "public",
  // lib/presenters
  createPresenterAction: "organiser",
  updatePresenterAction: "organiser",
  deletePresenterAction: "organiser",
  // lib/forums
  createForumAction: "organiser",
  updateForumAction: "organiser",
  setForumStatusAction: "organiser",
  createRoomAction: "organiser",
  updateRoomAction: "organiser",
  deleteRoomAction: "organiser",
  createTrackAction: "organiser",
  updateTrackAction: "organiser",
  deleteTrackAction: "organiser",
  publishAgendaAction: "organiser",
  // lib/registrations
  registerAction: "public",
  confirmEmailAction: "unheld-token",
  updateRegistrationAction: "token",
  cancelRegistrationAction: "token",
  rotateManageLinkAction: "token",
  decideRegistrationsAction: "organiser",
  eraseRegistrationAction: "organiser",
  checkInAction: "organiser",
  // lib/mail
  retryMailAction: "organiser",
  // lib/member-states
  createMemberStateAction: "organiser",
  updateMemberStateAction: "organiser",
  setMemberStateStatusAction: "organiser",
  deleteMemberStateAction: "organiser",
  // lib/agenda (sessions)
  createSessionAction: "organiser",
  updateSessionAction: "organiser",
  moveSessionAction: "organiser",
  duplicateSessionAction: "organiser",
  cancelSessionAction: "organiser",
  reinstateSessionAction: "organiser",
  deleteSessionAction: "organiser",
  checkSessionConflictsAction: "organiser",
  // lib/write-ups
  saveWriteUpAction: "organiser",
  changeWriteUpStatusAction: "organiser",
  createWriteUpFromSourceAction: "organiser",
  deleteWriteUpAction: "organiser",
  previewMarkdownAction: "organiser",
  // lib/invitations
  inviteDelegateAction: "organiser",
  resendInvitationAction: "organiser",
  revokeInvitationAction: "organiser",
  acceptInvitationAction: "unheld-token",
  acceptInvitationFormAction: "unheld-token",
};

// Route handlers: the status each caller gets for the handler's own resource (see `routeRequest`).
type RouteRow = { expect: Record<Caller, number | "ok"> };
const all = (status: number | "ok"): Record<Caller, number | "ok"> => Object.fromEntries(CALLERS.map((c) => [c, status])) as Record<Caller, number | "ok">;
const ROUTES: Record<string, RouteRow> = {
  "app/api/auth/[...nextauth]/route.ts": { expect: all("ok") },
  "app/api/health/route.ts": { expect: all(200) },
  "app/api/news/feed/route.ts": { expect: all(200) },
  "app/api/forums/[slug]/agenda-pdf/route.ts": { expect: all(200) },
  "app/api/calendar/forums/[slug]/route.ts": { expect: all(200) },
  // The delegates-only session: delegates and organisers only; others are told it does not exist.
  "app/api/calendar/sessions/[sessionId]/route.ts": {
    expect: { anonymous: 404, registrant: 404, otherRegistrant: 404, attendee: 404, delegate: 200, otherStateDelegate: 200, organiser: 200 },
  },
  // A private feed URL is its own key: whoever holds it reads it; a made-up one is not found (the caller does not matter).
  "app/api/calendar/feeds/[token]/route.ts": { expect: all(404) },
  "app/api/manage/forums/[forumId]/registrations/route.ts": {
    expect: { anonymous: 401, registrant: 401, otherRegistrant: 401, attendee: 403, delegate: 403, otherStateDelegate: 403, organiser: 200 },
  },
  // The registrant's own link works for them; anyone else only has a made-up link.
  "app/api/registrations/[token]/data/route.ts": {
    expect: { anonymous: 404, registrant: 200, otherRegistrant: 404, attendee: 404, delegate: 404, otherStateDelegate: 404, organiser: 404 },
  },
  "app/api/registrations/[token]/calendar/route.ts": {
    expect: { anonymous: 404, registrant: 200, otherRegistrant: 404, attendee: 404, delegate: 404, otherStateDelegate: 404, organiser: 404 },
  },
  "app/media/[id]/route.ts": { expect: all(404) },
  // Development only; the tests run outside production, where it reads the outbox (404 in production: e2e).
  "app/dev/mail/[id]/raw/route.ts": { expect: all(404) },
};

let users: Record<Exclude<Caller, "anonymous" | "registrant" | "otherRegistrant">, CurrentUser>;
let forum: Awaited<ReturnType<typeof makeForum>>;
let closedSessionId: string;
let registrant: Awaited<ReturnType<typeof makeRegistration>>;
let otherRegistrant: Awaited<ReturnType<typeof makeRegistration>>;
let ipSeq = 0;

/** A digest of every table except the rate-limit counters (which a refused call may legitimately spend). */
async function databaseDigest(): Promise<Record<string, string>> {
  const tables = await testDb().$queryRawUnsafe<{ tablename: string }[]>(
    `SELECT tablename::text AS tablename FROM pg_tables WHERE schemaname = 'public' AND tablename NOT IN ('RateLimiterFlexible', '_prisma_migrations') ORDER BY tablename`,
  );
  const out: Record<string, string> = {};
  for (const { tablename } of tables) {
    const [row] = await testDb().$queryRawUnsafe<{ d: string | null }[]>(`SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM "${tablename}" t`);
    out[tablename] = row.d ?? "";
  }
  return out;
}

async function signInCaller(caller: Caller) {
  // A cell may rotate or cancel a registrant's registration (both allowed); every cell starts from the same state.
  for (const r of [registrant, otherRegistrant]) await testDb().registration.update({ where: { id: r.id }, data: { manageTokenHash: hashToken(r.manageToken), status: "approved", cancelledAt: null } });
  signInAs(caller === "anonymous" || caller === "registrant" || caller === "otherRegistrant" ? null : users[caller]);
  // Each call from its own address, so that rate limits do not decide the outcome.
  testRequest.setIp(`198.18.${Math.floor(++ipSeq / 250)}.${ipSeq % 250}`);
}

/** The token a caller holds: registrants their own manage link, everyone else a made-up one. */
function tokenOf(caller: Caller): string {
  if (caller === "registrant") return registrant.manageToken;
  if (caller === "otherRegistrant") return otherRegistrant.manageToken;
  return newToken();
}

/**
 * Calls an action the way a hostile or confused client could: one FormData for pipeline actions, or (for the few
 * form-state actions) the previous state and a FormData. Authorization must come first, so the shapes matter only
 * to callers who are let through.
 */
// For link-based actions, a complete and valid form: the link alone must decide (a refusal for junk input would
// prove nothing about who may act).
const VALID_INPUT: Record<string, () => Record<string, string>> = {
  updateRegistrationAction: () => ({ fullName: registrant.fullName, jobTitle: registrant.jobTitle, organisationName: "Matrix Org", sector: registrant.sector, country: registrant.country, note: "matrix" }),
  cancelRegistrationAction: () => ({ confirm: "yes" }),
  acceptInvitationFormAction: () => ({ token: newToken(), name: "Someone Official", password: "a sturdy passphrase 2027", confirmPassword: "a sturdy passphrase 2027" }),
  acceptInvitationAction: () => ({ token: newToken(), name: "Someone Official", password: "a sturdy passphrase 2027", confirmPassword: "a sturdy passphrase 2027" }),
};

async function callAction(fn: (...args: unknown[]) => Promise<unknown>, caller: Caller, name: string): Promise<{ ok?: boolean; code?: string }> {
  const fd = new FormData();
  for (const [k, v] of Object.entries(VALID_INPUT[name]?.() ?? {})) fd.append(k, v);
  const token = tokenOf(caller);
  // Actions made by the pipeline take one input; the private link travels in it as the `token` field.
  if (ACTIONS[name] === "token" || ACTIONS[name] === "unheld-token") fd.set("token", token);
  const args = fn.length <= 1 ? [fd] : [...Array.from({ length: fn.length - 2 }, () => token), null, fd];
  try {
    return ((await fn(...args)) ?? { ok: true }) as { ok?: boolean; code?: string };
  } catch (e) {
    // signInAction/signOutAction end with a redirect, which Next signals by throwing.
    if (e && typeof e === "object" && "digest" in e && String((e as { digest: unknown }).digest).startsWith("NEXT_REDIRECT")) return { ok: true };
    throw e;
  }
}

const REFUSED = new Set(["unauthenticated", "forbidden", "gone", "not_found"]);

function allowedFor(policy: Policy, caller: Caller): boolean {
  if (policy === "public") return true;
  if (policy === "organiser") return caller === "organiser";
  if (policy === "signed-in") return !["anonymous", "registrant", "otherRegistrant"].includes(caller);
  if (policy === "unheld-token") return false;
  return caller === "registrant" || caller === "otherRegistrant";
}

beforeAll(async () => {
  const db = testDb();
  users = {
    attendee: await createUser("attendee"),
    delegate: await createUser("delegate"),
    otherStateDelegate: await createUser("attendee"),
    organiser: await createUser("organiser"),
  };
  const other = await db.memberState.create({ data: { name: "Otherland", isoCode: "OTH" } });
  await db.user.update({ where: { id: users.otherStateDelegate.id }, data: { role: "delegate", memberStateId: other.id } });
  users.otherStateDelegate = { ...users.otherStateDelegate, role: "delegate", memberStateId: other.id, memberStateName: "Otherland" };
  forum = await makeForum();
  await db.forum.update({ where: { id: forum.id }, data: { agendaPublishedAt: new Date() } });
  const closed = await db.forumSession.create({
    data: { forumId: forum.id, title: "Closed session", startsAt: new Date(Date.now() + 60 * 86_400_000), endsAt: new Date(Date.now() + 60 * 86_400_000 + 3_600_000), visibility: "delegates", status: "published" },
  });
  closedSessionId = closed.id;
  registrant = await makeRegistration(forum.id, { status: "approved" });
  otherRegistrant = await makeRegistration(forum.id, { status: "approved" });
});

describe("the matrix covers the code", () => {
  it("every server action has a row, and every row is a real action", () => {
    const found = scanActions();
    expect(found.length).toBeGreaterThan(40);
    const names = found.map((a) => a.name);
    expect(names.filter((n) => !(n in ACTIONS)), "actions without a row in the matrix").toEqual([]);
    expect(Object.keys(ACTIONS).filter((n) => !names.includes(n)), "rows for actions that no longer exist").toEqual([]);
  });

  it("every route handler has a row, and every row is a real route", () => {
    const found = scanRoutes();
    expect(found.filter((r) => !(r in ROUTES)), "routes without a row").toEqual([]);
    expect(Object.keys(ROUTES).filter((r) => !found.includes(r)), "rows for routes that no longer exist").toEqual([]);
  });
});

describe.each(scanActions().filter((a) => a.name in ACTIONS))("server action $name ($file)", ({ file, name }) => {
  it.each(CALLERS)("as %s", async (caller) => {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, (...args: unknown[]) => Promise<unknown>>;
    const policy = ACTIONS[name];
    await signInCaller(caller);
    const before = await databaseDigest();
    const result = await callAction(mod[name], caller, name);
    const allowed = allowedFor(policy, caller);
    if (allowed) {
      // Let through the authorization step: whatever else happens (the junk input is refused), it is not a refusal
      // of the caller.
      expect(["unauthenticated", "forbidden"], JSON.stringify(result)).not.toContain(result.code);
    } else {
      expect(result.ok, JSON.stringify(result)).toBe(false);
      expect(REFUSED.has(result.code ?? ""), JSON.stringify(result)).toBe(true);
      expect(await databaseDigest()).toEqual(before);
    }
  });
});

function routeRequest(route: string, caller: Caller): { url: string; params: Record<string, string | string[]> } {
  const token = tokenOf(caller);
  switch (route) {
    case "app/api/auth/[...nextauth]/route.ts":
      return { url: "http://localhost/api/auth/session", params: { nextauth: ["session"] } };
    case "app/api/forums/[slug]/agenda-pdf/route.ts":
    case "app/api/calendar/forums/[slug]/route.ts":
      return { url: "http://localhost/x", params: { slug: forum.slug } };
    case "app/api/calendar/sessions/[sessionId]/route.ts":
      return { url: "http://localhost/x", params: { sessionId: closedSessionId } };
    case "app/api/calendar/feeds/[token]/route.ts":
      return { url: "http://localhost/x", params: { token: newToken() } };
    case "app/api/manage/forums/[forumId]/registrations/route.ts":
      return { url: "http://localhost/x", params: { forumId: forum.id } };
    case "app/api/registrations/[token]/data/route.ts":
    case "app/api/registrations/[token]/calendar/route.ts":
      // The other registrant tries the first registrant's resource with their own (different) link.
      return { url: "http://localhost/x", params: { token: caller === "otherRegistrant" ? newToken() : token } };
    case "app/media/[id]/route.ts":
      return { url: "http://localhost/x", params: { id: "no-such-media" } };
    case "app/dev/mail/[id]/raw/route.ts":
      return { url: "http://localhost/x", params: { id: "no-such-message" } };
    default:
      return { url: "http://localhost/x", params: {} };
  }
}

describe.each(scanRoutes().filter((r) => r in ROUTES))("route handler %s", (route) => {
  it.each(CALLERS)("GET as %s", async (caller) => {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, route))) as Record<string, (req: Request, ctx: unknown) => Promise<Response>>;
    await signInCaller(caller);
    const { url, params } = routeRequest(route, caller);
    const expected = ROUTES[route].expect[caller];
    if (route.includes("[...nextauth]")) {
      // next-auth's own handler: it only reads sessions here (sign-in goes through signInAction); any answer but a
      // 5xx is fine for every caller.
      expect(typeof mod.GET).toBe("function");
      expect(mod.POST, "no credentials endpoint besides signInAction").toBe(mod.GET);
      return;
    }
    const before = await databaseDigest();
    const res = await mod.GET(new Request(url, { headers: { "x-forwarded-for": `198.19.0.${(ipSeq++ % 250) + 1}` } }), { params: Promise.resolve(params) });
    expect(res.status, `${route} as ${caller}`).toBe(expected);
    if (res.status >= 400) expect(await databaseDigest()).toEqual(before);
  });
});

describe("cells that depend on whose data it is", () => {
  it("a delegates-only session can be saved by delegates of any member state, not by an attendee or a registrant", async () => {
    const { addBookmarkAction } = await import("@/lib/agenda/actions");
    for (const caller of ["attendee", "anonymous"] as const) {
      await signInCaller(caller);
      const before = await databaseDigest();
      const r = await addBookmarkAction({ sessionId: closedSessionId });
      expect(r.ok, caller).toBe(false);
      expect(await databaseDigest()).toEqual(before);
    }
    for (const caller of ["delegate", "otherStateDelegate"] as const) {
      await signInCaller(caller);
      expect(await addBookmarkAction({ sessionId: closedSessionId }), caller).toMatchObject({ ok: true });
    }
  });

  it("one account cannot turn off another's calendar link", async () => {
    const { createCalendarFeedAction, revokeCalendarFeedAction } = await import("@/lib/agenda/actions");
    await signInCaller("delegate");
    const made = await createCalendarFeedAction({ scope: "bookmarks" });
    if (!made.ok) throw new Error(made.message);
    for (const caller of ["otherStateDelegate", "attendee", "anonymous"] as const) {
      await signInCaller(caller);
      const before = await databaseDigest();
      expect((await revokeCalendarFeedAction({ feedId: made.data.id })).ok, caller).toBe(false);
      expect(await databaseDigest()).toEqual(before);
    }
    await signInCaller("delegate");
    expect(await revokeCalendarFeedAction({ feedId: made.data.id })).toMatchObject({ ok: true });
  });

  it("a registrant's link changes only their own registration", async () => {
    const { updateRegistrationAction } = await import("@/lib/registrations/actions");
    await signInCaller("otherRegistrant");
    const mine = await testDb().registration.findUniqueOrThrow({ where: { id: registrant.id } });
    const fd = new FormData();
    for (const [k, v] of Object.entries({ fullName: otherRegistrant.fullName, jobTitle: otherRegistrant.jobTitle, organisationName: "", sector: otherRegistrant.sector, country: otherRegistrant.country, note: "changed by the other registrant" })) fd.append(k, v);
    fd.append("token", otherRegistrant.manageToken);
    await updateRegistrationAction(fd);
    expect(await testDb().registration.findUniqueOrThrow({ where: { id: registrant.id } })).toEqual(mine);
  });
});

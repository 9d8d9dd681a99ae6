import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser, Role, Viewer } from "@/lib/auth/roles";

/**
 * The one place that answers "may this viewer do this?". Actions declare a permission (lib/action.ts checks it
 * before anything else runs), console pages and organiser-only queries call `authorize`, and scoped reads put the
 * `*WhereVisibleTo` filters below into their `where`, so rows a viewer may not see are simply not found.
 * Nothing outside this file compares roles.
 *
 * Who may act, by audience:
 * - `anyone`: anonymous visitors too (a registrant holding a manage link, an invitee holding an invitation link:
 *   the token itself is the credential and the data layer checks it);
 * - `signed_in`: any account (an attendee, a delegate of a member state, an organiser);
 * - a list of roles.
 */
type Audience = "anyone" | "signed_in" | readonly Role[];

const organisers = ["organiser"] as const;

export const PERMISSIONS = {
  // Organiser console
  "console.open": { audience: organisers, description: "open the organiser console" },
  "forums.manage": { audience: organisers, description: "create, edit and archive forums, their rooms and tracks; publish an agenda" },
  "sessions.manage": { audience: organisers, description: "schedule, edit, move, cancel and delete sessions; check conflicts; read draft agendas" },
  "presenters.manage": { audience: organisers, description: "add, edit and delete presenters" },
  "member-states.manage": { audience: organisers, description: "edit the list of member states and observers" },
  "invitations.manage": { audience: organisers, description: "invite delegates, resend and revoke invitations" },
  "registrations.manage": { audience: organisers, description: "read, decide, export, erase and check in registrations" },
  "write-ups.manage": { audience: organisers, description: "write, review, publish and delete write-ups, and preview them" },
  "audit.read": { audience: organisers, description: "read the audit log" },
  "mail.read": { audience: organisers, description: "read the mail outbox in production" },
  "mail.deliver": { audience: organisers, description: "see queued, sent and failed e-mail and retry failed messages" },
  // Signed-in people
  "agenda.bookmark": { audience: "signed_in", description: "keep one's own agenda and acknowledge changes to it" },
  "calendar-feeds.own": { audience: "signed_in", description: "create and revoke one's own calendar links of saved sessions" },
  "calendar-feeds.all-visible": { audience: ["delegate", "organiser"], description: "subscribe to every session one may see" },
  "agenda.see-closed": { audience: ["delegate", "organiser"], description: "see sessions of every visibility on a published agenda" },
  // Anyone (a link's token is the credential where there is one)
  "registrations.register": { audience: "anyone", description: "register for a forum" },
  "registrations.manage-own": { audience: "anyone", description: "confirm, change or cancel a registration with its private link" },
  "invitations.accept": { audience: "anyone", description: "accept a delegate invitation with its link" },
} as const satisfies Record<string, { audience: Audience; description: string }>;

export type Permission = keyof typeof PERMISSIONS;

/** Every permission, for tests and documentation that walk the whole list. */
export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** Who a permission leaves the caller as: `null` is possible only for permissions open to anyone. */
export type Caller<P extends Permission> = (typeof PERMISSIONS)[P]["audience"] extends "anyone" ? Viewer : CurrentUser;

export function may(viewer: Viewer, permission: Permission): boolean {
  const audience: Audience = PERMISSIONS[permission].audience;
  if (audience === "anyone") return true;
  if (!viewer) return false;
  return audience === "signed_in" || audience.includes(viewer.role);
}

/**
 * The refusal rule, for actions and queries alike: a caller who may not make the request at all gets an AppError
 * (`unauthenticated` when signing in could help, `forbidden` otherwise). A caller who may make it but asks for a
 * row outside what they may see gets "not found" (null from a query), never a hint that the row exists.
 */
export function authorize<P extends Permission>(viewer: Viewer, permission: P): Caller<P> {
  if (may(viewer, permission)) return viewer as Caller<P>;
  if (!viewer) throw new AppError("unauthenticated", "Please sign in to continue.");
  throw new AppError("forbidden", "You do not have permission to do that.");
}

// ---------- scoped reads ----------

/** Which forums a viewer may see: organisers see drafts too; everyone else published and archived ones. */
export function forumWhereVisibleTo(viewer: Viewer): Prisma.ForumWhereInput {
  return may(viewer, "forums.manage") ? {} : { status: { in: ["published", "archived"] } };
}

/**
 * The one rule for which sessions a viewer may see, as a Prisma `where` to put inside every session read
 * (agenda, session page, presenter page, calendars, search, sitemap), so forbidden rows are never loaded.
 *
 * - Organisers see everything, drafts included (they preview the agenda before publishing).
 * - Everyone else sees only sessions of a published agenda (forum published or archived, agenda published,
 *   session published or cancelled), and among those:
 *   - delegates: every visibility;
 *   - a signed-in user with an approved registration for that forum (same e-mail): public and registered;
 *   - anyone else: public only.
 */
export function sessionWhereVisibleTo(viewer: Viewer): Prisma.ForumSessionWhereInput {
  if (may(viewer, "sessions.manage")) return {};
  const published: Prisma.ForumSessionWhereInput = {
    status: { in: ["published", "cancelled"] },
    forum: { status: { in: ["published", "archived"] }, agendaPublishedAt: { not: null } },
  };
  if (may(viewer, "agenda.see-closed")) return published;
  const visibility: Prisma.ForumSessionWhereInput[] = [{ visibility: "public" }];
  if (viewer) {
    visibility.push({
      visibility: "registered",
      forum: { registrations: { some: { email: viewer.email.toLowerCase(), status: "approved" } } },
    });
  }
  return { AND: [published, { OR: visibility }] };
}

export type SessionVisibilityValue = "public" | "registered" | "delegates";

/**
 * The visibilities a viewer may see on one forum's published agenda: every one for delegates and organisers,
 * "registered" too for a signed-in person with an approved registration there (`approvedForForum`).
 */
export function visibilitiesFor(viewer: Viewer, approvedForForum = false): SessionVisibilityValue[] {
  if (may(viewer, "agenda.see-closed")) return ["public", "registered", "delegates"];
  return viewer && approvedForForum ? ["public", "registered"] : ["public"];
}

/** Whether a viewer may see sessions of a given visibility at all (for labels such as "delegates only"). */
export function canSeeVisibility(viewer: Viewer, visibility: SessionVisibilityValue, approvedForForum = false) {
  return visibilitiesFor(viewer, approvedForForum).includes(visibility);
}

/** Whether the viewer needs to know if they hold an approved registration to know what they may see. */
export function visibilityDependsOnRegistration(viewer: Viewer): viewer is CurrentUser {
  return !!viewer && !may(viewer, "agenda.see-closed");
}

/** Write-ups a viewer may read: organisers also find drafts and unpublished ones (to preview them). */
export function writeUpWhereVisibleTo(viewer: Viewer): Prisma.WriteUpWhereInput {
  return may(viewer, "write-ups.manage") ? {} : { status: "published", publishedAt: { not: null } };
}

/**
 * Which presenters a viewer may find: organisers all; everyone else those on at least one session the viewer may
 * see, or named in a published write-up. A presenter booked only for a closed or unpublished session stays hidden.
 */
export function presenterWhereVisibleTo(viewer: Viewer): Prisma.PresenterWhereInput {
  if (may(viewer, "presenters.manage")) return {};
  return {
    OR: [
      { sessions: { some: { session: sessionWhereVisibleTo(viewer) } } },
      { writeUps: { some: { writeUp: { status: "published", publishedAt: { lte: new Date() } } } } },
    ],
  };
}

// ---------- accounts as the subject of a change ----------

/**
 * Whether an existing account at an invited address may be turned into a delegate account by accepting an
 * invitation: only a business attendee's may (a delegate already is one; an organiser must not lose access).
 */
export function accountMayBecomeDelegate(account: { role: Role } | null): boolean {
  return !account || account.role === "attendee";
}

/** Why an address cannot be invited as a delegate, or null when it can. */
export function invitationRefusalFor(account: { role: Role; memberState: { name: string } | null } | null): string | null {
  if (accountMayBecomeDelegate(account)) return null;
  if (account!.role === "delegate") {
    return `This address already has a delegate account${account!.memberState ? ` for ${account!.memberState.name}` : ""}.`;
  }
  return "This address belongs to an organiser account, which cannot be turned into a delegate account.";
}

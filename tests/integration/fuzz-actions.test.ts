// Property-based: server actions fed random, Unicode, huge and malformed input answer with a field error or
// success, never a 500-style "internal" result or a thrown error; extra fields such as role, status or forumId
// are ignored (no mass assignment).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { createUser, signInAs } from "../support/auth";
import { testRequest } from "../support/request";
import { makeForum, makeRegistration } from "./registrations-fixtures";
import type { CurrentUser } from "@/lib/auth/roles";

const text = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom("", " ", "\u0000", "a\u0000b", "\ud83d", "x".repeat(20_000), "2027-02-30", "25:99", "-1", "1e400", "[]", "{}", "null", "on", "true"),
);
const FIELDS = ["fullName", "email", "jobTitle", "organisationName", "sector", "country", "phone", "dietaryNeeds", "note", "consent", "sessionIds", "name", "title", "bio", "slug", "timeZone", "startsOn", "endsOn", "capacity", "isoCode", "kind", "status", "body", "summary", "date", "tag", "role", "forumId", "id", "version"];
const formFields = fc.dictionary(fc.constantFrom(...FIELDS), text, { maxKeys: 20 });

function toForm(fields: Record<string, string>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(fields)) fd.append(k, v);
  return fd;
}

let ip = 0;
const freshIp = () => testRequest.setIp(`100.64.${Math.floor(++ip / 250)}.${ip % 250}`);

function expectAnswered(r: unknown, what: string) {
  expect(r && typeof r === "object", what).toBe(true);
  const res = r as { ok: boolean; code?: string; message?: string };
  expect(typeof res.ok, what).toBe("boolean");
  expect(res.code, `${what}: ${res.message}`).not.toBe("internal");
  if (!res.ok) expect(res.message ?? "", what).not.toMatch(/\n\s+at |PrismaClient|Error:/);
}

let organiser: CurrentUser;
let forum: Awaited<ReturnType<typeof makeForum>>;
let otherForum: Awaited<ReturnType<typeof makeForum>>;
beforeAll(async () => {
  organiser = await createUser("organiser");
  forum = await makeForum();
  otherForum = await makeForum();
});

describe("public actions", () => {
  it("registerAction: any form answers cleanly; a stored registration is pending, unconfirmed and in this forum whatever extra fields say", async () => {
    const { registerAction } = await import("@/lib/registrations/actions");
    signInAs(null);
    await fc.assert(
      fc.asyncProperty(formFields, fc.boolean(), async (fields, valid) => {
        freshIp();
        const base: Record<string, string> = valid
          ? { fullName: "Fuzz Person", email: `fuzz${ip}@example.test`, jobTitle: "Analyst", organisationName: "Fuzz Co", sector: "Banking and finance", country: "Singapore", consent: "on" }
          : {};
        // Extra fields an attacker might add: must change nothing about how the row is stored.
        const extra = { status: "approved", role: "organiser", forumId: otherForum.id, emailConfirmedAt: "2020-01-01", manageTokenHash: "x", id: "chosen-id" };
        const r = await registerAction(toForm({ forumSlug: forum.slug,  ...extra, ...fields, ...base }));
        expectAnswered(r, "registerAction");
        if (r.ok && valid) {
          const row = await testDb().registration.findFirst({ where: { email: `fuzz${ip}@example.test` } });
          expect(row).toMatchObject({ forumId: forum.id, status: "pending", emailConfirmedAt: null });
          expect(row?.id).not.toBe("chosen-id");
        }
      }),
      { numRuns: 40 },
    );
    expect(await testDb().registration.count({ where: { forumId: otherForum.id } })).toBe(0);
  });

  it("updateRegistrationAction: any form through a real link answers cleanly and never changes status or forum", async () => {
    const { updateRegistrationAction } = await import("@/lib/registrations/actions");
    const reg = await makeRegistration(forum.id, { status: "pending" });
    await fc.assert(
      fc.asyncProperty(formFields, async (fields) => {
        freshIp();
        const r = await updateRegistrationAction(toForm({ token: reg.manageToken,  ...fields, status: "approved", forumId: otherForum.id }));
        expectAnswered(r, "updateRegistrationAction");
        expect(await testDb().registration.findUniqueOrThrow({ where: { id: reg.id } })).toMatchObject({ status: "pending", forumId: forum.id });
      }),
      { numRuns: 40 },
    );
  });
});

describe("organiser actions", () => {
  it("create presenter, member state, forum, session and write-up: any input answers cleanly", async () => {
    signInAs(organiser);
    const { createPresenterAction } = await import("@/lib/presenters/actions");
    const { createMemberStateAction } = await import("@/lib/member-states/actions");
    const { createForumAction } = await import("@/lib/forums/actions");
    const { createSessionAction } = await import("@/lib/agenda/actions");
    const { saveWriteUpAction } = await import("@/lib/write-ups/actions");
    const { inviteDelegateAction } = await import("@/lib/invitations/actions");
    await fc.assert(
      fc.asyncProperty(formFields, fc.anything(), async (fields, junk) => {
        expectAnswered(await createPresenterAction(toForm(fields)), "createPresenterAction");
        expectAnswered(await createMemberStateAction(toForm(fields)), "createMemberStateAction");
        expectAnswered(await createForumAction(fields), "createForumAction");
        expectAnswered(await createForumAction(junk as never), "createForumAction(junk)");
        expectAnswered(await createSessionAction({ forumId: forum.id, session: fields }), "createSessionAction");
        expectAnswered(await createSessionAction(junk as never), "createSessionAction(junk)");
        expectAnswered(await saveWriteUpAction(toForm(fields)), "saveWriteUpAction");
        expectAnswered(await inviteDelegateAction(toForm(fields)), "inviteDelegateAction");
      }),
      { numRuns: 25 },
    );
  }, 240_000);
});

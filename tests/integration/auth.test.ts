import { describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { signInAs, createUser } from "../support/auth";
import { authenticate } from "@/lib/auth/authenticate";
import { hashPassword } from "@/lib/auth/password";
import { authorize, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getUserForSession } from "@/lib/auth/queries";

describe("credentials sign-in", () => {
  it("accepts the right password and refuses a wrong one or an unknown e-mail alike", async () => {
    await testDb().user.create({
      data: { email: "official@example.test", name: "An Official", role: "organiser", passwordHash: await hashPassword("correct horse battery") },
    });
    const ok = await authenticate({ email: "  Official@Example.test ", password: "correct horse battery" });
    expect(ok).toMatchObject({ email: "official@example.test", role: "organiser" });
    expect(await authenticate({ email: "official@example.test", password: "wrong password!" })).toBeNull();
    expect(await authenticate({ email: "nobody@example.test", password: "correct horse battery" })).toBeNull();
    expect(await authenticate({ email: "not-an-email", password: "x" })).toBeNull();
  });

  it("does not sign in an account without a password (for example an invited delegate who has not set one)", async () => {
    await testDb().user.create({ data: { email: "invited@example.test", role: "attendee" } });
    expect(await authenticate({ email: "invited@example.test", password: "anything at all" })).toBeNull();
  });
});

// What every action and organiser query does first (lib/action.ts).
const guard = async (permission: Permission) => authorize(await getCurrentUser(), permission);

describe("role guards", () => {
  it("refuses anonymous callers and the wrong role, and admits the right one", async () => {
    signInAs(null);
    await expect(guard("console.open")).rejects.toMatchObject({ code: "unauthenticated" });
    const delegate = await createUser("delegate");
    signInAs(delegate);
    await expect(guard("console.open")).rejects.toMatchObject({ code: "forbidden" });
    await expect(guard("agenda.see-closed")).resolves.toMatchObject({ id: delegate.id });
    const organiser = await createUser("organiser");
    signInAs(organiser);
    await expect(guard("console.open")).resolves.toMatchObject({ id: organiser.id, role: "organiser" });
  });

  it("reads the role from the database, so a demoted user loses access at once", async () => {
    const user = await createUser("organiser");
    await testDb().user.update({ where: { id: user.id }, data: { role: "attendee" } });
    expect(await getUserForSession(user.id)).toMatchObject({ role: "attendee" });
  });
});

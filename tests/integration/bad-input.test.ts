import { beforeEach, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { createUser, signInAs } from "../support/auth";
import { createMemberStateAction, updateMemberStateAction } from "@/lib/member-states/actions";
import { addBookmarkAction } from "@/lib/agenda/actions";

// Bad input gets a clear answer and loses nothing already stored; reads behind an anonymous link show only what the
// public may see.

const NUL = "\u0000";

function form(values: Record<string, string>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.append(k, v);
  return fd;
}

describe("a NUL character in an action's input", () => {
  beforeEach(async () => signInAs(await createUser("organiser")));

  it("is refused as invalid input (not an internal error) and leaves the stored row as it was", async () => {
    const created = await createMemberStateAction(form({ name: "Testonia", isoCode: "", kind: "state", status: "member" }));
    expect(created).toMatchObject({ ok: true });
    const id = created.ok ? created.data.id : "";

    const renamed = await updateMemberStateAction(form({ id, name: `Test${NUL}onia`, isoCode: "", kind: "state", status: "observer" }));
    expect(renamed).toMatchObject({ ok: false, code: "invalid_input" });
    expect(renamed.ok ? "" : renamed.message).toMatch(/character that is not accepted/);
    expect(await testDb().memberState.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: "Testonia", status: "member" });

    const added = await createMemberStateAction(form({ name: `Nul${NUL}land`, isoCode: "", kind: "state", status: "member" }));
    expect(added).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await testDb().memberState.count()).toBe(1);
  });

  it("in an id that is looked up is invalid input too, for any signed-in caller", async () => {
    signInAs(await createUser("attendee"));
    const result = await addBookmarkAction(null, { sessionId: `seed${NUL}` });
    expect(result).toMatchObject({ ok: false, code: "invalid_input" });
    expect(await testDb().agendaBookmark.count()).toBe(0);
  });
});

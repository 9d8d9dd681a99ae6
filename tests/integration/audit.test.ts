import { beforeEach, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { form } from "../support/form";
import { signInAs, usersByRole } from "../support/auth";
import type { CurrentUser } from "@/lib/auth/roles";
import { createPresenterAction, updatePresenterAction } from "@/lib/presenters/actions";
import { createMemberStateAction } from "@/lib/member-states/actions";
import { auditFilterSchema, listAuditEvents, listAuditFilterOptions, AUDIT_PAGE_SIZE } from "@/lib/audit/queries";

let users: { organiser: CurrentUser; delegate: CurrentUser; attendee: CurrentUser };
beforeEach(async () => {
  users ??= await usersByRole();
  signInAs(users.organiser);
});

describe("audit log reads", () => {
  it("lists organiser writes newest first with who, what, which record and the change", async () => {
    const created = await createPresenterAction(form({ name: "Audit Subject", title: "Old" }));
    if (!created.ok) throw new Error(created.message);
    await updatePresenterAction(form({ id: created.data.id, name: "Audit Subject", title: "New" }));
    await createMemberStateAction(form({ name: "Vanuatu", isoCode: "VUT", kind: "state", status: "member" }));

    const { events, total } = await listAuditEvents();
    expect(total).toBe(3);
    expect(events.map((e) => e.action)).toEqual(["member_state.create", "presenter.update", "presenter.create"]);
    expect(events[1]).toMatchObject({
      targetType: "presenter",
      targetId: created.data.id,
      actor: { id: users.organiser.id, email: users.organiser.email },
      data: { before: { title: "Old" }, after: { title: "New" } },
    });
  });

  it("filters by action, target type and actor, and pages", async () => {
    const other = (await usersByRole()).organiser;
    signInAs(other);
    for (let i = 0; i < AUDIT_PAGE_SIZE + 3; i++) await createMemberStateAction(form({ name: `Paged ${i}`, isoCode: "", kind: "state", status: "observer" }));
    expect((await listAuditEvents({ actorId: other.id })).total).toBe(AUDIT_PAGE_SIZE + 3);
    expect((await listAuditEvents({ actorId: other.id, page: 2 })).events).toHaveLength(3);
    expect((await listAuditEvents({ action: "presenter.update" })).events.every((e) => e.action === "presenter.update")).toBe(true);
    expect((await listAuditEvents({ targetType: "presenter" })).events.every((e) => e.targetType === "presenter")).toBe(true);
    const options = await listAuditFilterOptions();
    expect(options.actions).toEqual(expect.arrayContaining(["member_state.create", "presenter.create", "presenter.update"]));
    expect(options.actors.map((a) => a.id)).toEqual(expect.arrayContaining([users.organiser.id, other.id]));
  });

  it("treats junk filter parameters as no filter", () => {
    expect(auditFilterSchema.parse({ action: "x'; drop table", page: "0", actorId: "<script>" })).toEqual({ action: "", targetType: "", actorId: "", page: 1 });
  });

  it("keeps no audit event for a refused write", async () => {
    const before = await testDb().auditEvent.count();
    signInAs(users.delegate);
    await createPresenterAction(form({ name: "Nope" }));
    signInAs(users.organiser);
    await createPresenterAction(form({ name: "" }));
    expect(await testDb().auditEvent.count()).toBe(before);
  });
});

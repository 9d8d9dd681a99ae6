import { describe, expect, it } from "vitest";
import { z } from "zod";
import { formValues } from "@/lib/action-result";
import { checkbox, list } from "@/lib/form-fields";
import { may, PERMISSION_NAMES, PERMISSIONS } from "@/lib/auth/permissions";
import type { CurrentUser, Role } from "@/lib/auth/roles";

describe("the one FormData reader", () => {
  it("keeps text, turns a repeated name into an array and drops the empty file an untouched input sends", () => {
    const fd = new FormData();
    fd.append("name", "Dewi");
    fd.append("ids", "a");
    fd.append("ids", "b");
    fd.append("empty", "");
    fd.append("photo", new File([], ""));
    fd.append("cover", new File(["x"], "c.png"));
    const v = formValues(fd);
    expect(v).toMatchObject({ name: "Dewi", ids: ["a", "b"], empty: "" });
    expect("photo" in v).toBe(false);
    expect(v.cover).toBeInstanceOf(File);
  });

  it("passes plain objects through", () => {
    expect(formValues({ a: 1 })).toEqual({ a: 1 });
  });
});

describe("form field helpers", () => {
  it("reads a checkbox as a boolean whether it comes from a form or from code", () => {
    const s = z.object({ ok: checkbox() });
    expect(s.parse({ ok: "on" }).ok).toBe(true);
    expect(s.parse({ ok: true }).ok).toBe(true);
    expect(s.parse({}).ok).toBe(false);
    expect(s.parse({ ok: "off" }).ok).toBe(false);
    expect(z.object({ consent: checkbox(z.literal(true)) }).safeParse({}).success).toBe(false);
  });

  it("reads a field sent once, many times or never as an array", () => {
    const s = z.object({ ids: list(z.array(z.string()).max(2)) });
    expect(s.parse({}).ids).toEqual([]);
    expect(s.parse({ ids: "a" }).ids).toEqual(["a"]);
    expect(s.parse({ ids: ["a", "b"] }).ids).toEqual(["a", "b"]);
    expect(s.safeParse({ ids: ["a", "b", "c"] }).success).toBe(false);
  });
});

describe("the permission list", () => {
  const user = (role: Role): CurrentUser => ({ id: role, email: `${role}@example.test`, name: null, role, memberStateId: null, memberStateName: null });

  it("names who may do each thing, and anonymous callers only get what is open to anyone", () => {
    expect(PERMISSION_NAMES.length).toBeGreaterThan(10);
    for (const p of PERMISSION_NAMES) {
      const audience = PERMISSIONS[p].audience;
      expect(may(null, p)).toBe(audience === "anyone");
      for (const role of ["organiser", "delegate", "attendee"] as const) {
        const expected = audience === "anyone" || audience === "signed_in" || (audience as readonly Role[]).includes(role);
        expect(may(user(role), p), `${role} ${p}`).toBe(expected);
      }
    }
    // The console is the organisers' alone.
    expect(PERMISSION_NAMES.filter((p) => p.endsWith(".manage")).every((p) => !may(user("delegate"), p) && may(user("organiser"), p))).toBe(true);
  });
});

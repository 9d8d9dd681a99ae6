import { describe, expect, it } from "vitest";
import { nextFreeSlug } from "@/lib/slug";
import { presenterSchema, presenterSearchSchema, slugifyName, PRESENTER_LIMITS } from "@/lib/presenters/schema";
import { memberStateFilterSchema, memberStateSchema } from "@/lib/member-states/schema";
import { acceptInvitationSchema, DELEGATE_PASSWORD_MIN_LENGTH, invitationStatus, inviteDelegateSchema } from "@/lib/invitations/schema";
import { PASSWORD_MIN_LENGTH } from "@/lib/auth/password";

describe("presenter schema", () => {
  it("trims fields, keeps the bio's line breaks and reads the remove-photo checkbox", () => {
    const v = presenterSchema.parse({ name: "  Dewi Kartika ", title: " Co-Manager ", bio: "Line one\r\nLine two  ", removePhoto: "on" });
    expect(v).toEqual({ name: "Dewi Kartika", title: "Co-Manager", organisation: "", country: "", bio: "Line one\nLine two", removePhoto: true });
    expect(presenterSchema.parse({ name: "A" }).removePhoto).toBe(false);
  });

  it("refuses an empty name and over-long fields, naming the field", () => {
    const r = presenterSchema.safeParse({ name: "   ", bio: "x".repeat(PRESENTER_LIMITS.bio + 1) });
    expect(r.success).toBe(false);
    const paths = r.error!.issues.map((i) => i.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["name", "bio"]));
  });

  it("turns names into slugs and finds the next free one", () => {
    expect(slugifyName("Dewi Kartika")).toBe("dewi-kartika");
    expect(slugifyName("  Ngô Thị Hương ")).toBe("ngo-thi-huong");
    expect(slugifyName("Türkiye's Envoy")).toBe("turkiye-s-envoy");
    expect(slugifyName("李明")).toBe("presenter");
    expect(nextFreeSlug("dewi", [])).toBe("dewi");
    expect(nextFreeSlug("dewi", ["dewi", "dewi-2", "dewi-4"])).toBe("dewi-3");
  });

  it("falls back to safe defaults for junk search parameters", () => {
    expect(presenterSearchSchema.parse({ q: "  bank ", page: "3" })).toEqual({ q: "bank", page: 3 });
    expect(presenterSearchSchema.parse({ q: "x".repeat(500), page: "-1" })).toEqual({ q: "", page: 1 });
    expect(presenterSearchSchema.parse({})).toEqual({ q: "", page: 1 });
  });
});

describe("member state schema", () => {
  it("upper-cases the ISO code and stores an empty one as null", () => {
    expect(memberStateSchema.parse({ name: "Indonesia", isoCode: " idn ", kind: "state", status: "member" }).isoCode).toBe("IDN");
    expect(memberStateSchema.parse({ name: "IOM", isoCode: "", kind: "organisation", status: "member" }).isoCode).toBeNull();
    expect(memberStateSchema.parse({ name: "IOM", kind: "organisation", status: "member" }).isoCode).toBeNull();
  });

  it("refuses a malformed ISO code, an unknown kind and an unknown status at their fields", () => {
    const r = memberStateSchema.safeParse({ name: "X", isoCode: "ID1", kind: "planet", status: "friend" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["name", "isoCode", "kind", "status"]));
  });

  it("ignores unknown filter values", () => {
    expect(memberStateFilterSchema.parse({ kind: "planet", status: "observer", q: " la " })).toEqual({ q: "la", kind: undefined, status: "observer" });
  });
});

describe("invitation schemas", () => {
  it("lower-cases the e-mail and requires a member state", () => {
    expect(inviteDelegateSchema.parse({ email: " Official@Gov.EXAMPLE ", memberStateId: "abc" })).toEqual({ email: "official@gov.example", name: "", memberStateId: "abc" });
    const r = inviteDelegateSchema.safeParse({ email: "nope", memberStateId: "" });
    expect(r.error!.issues.map((i) => i.path.join("."))).toEqual(expect.arrayContaining(["email", "memberStateId"]));
  });

  it("needs a long enough password, typed twice the same", () => {
    expect(DELEGATE_PASSWORD_MIN_LENGTH).toBe(PASSWORD_MIN_LENGTH);
    const short = acceptInvitationSchema.safeParse({ token: "t", name: "A", password: "short", confirmPassword: "short" });
    expect(short.error!.issues.map((i) => i.path.join("."))).toContain("password");
    const mismatch = acceptInvitationSchema.safeParse({ token: "t", name: "A", password: "a long password 1", confirmPassword: "a long password 2" });
    expect(mismatch.error!.issues.map((i) => i.path.join("."))).toEqual(["confirmPassword"]);
    expect(acceptInvitationSchema.safeParse({ token: "t", name: "A", password: "a long password 1", confirmPassword: "a long password 1" }).success).toBe(true);
  });

  it("derives one status from the timestamps", () => {
    const now = new Date("2026-05-01T00:00:00Z");
    const later = new Date("2026-05-02T00:00:00Z");
    const earlier = new Date("2026-04-30T00:00:00Z");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: later }, now)).toBe("pending");
    expect(invitationStatus({ acceptedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe("expired");
    expect(invitationStatus({ acceptedAt: null, revokedAt: earlier, expiresAt: later }, now)).toBe("revoked");
    expect(invitationStatus({ acceptedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe("accepted");
  });
});

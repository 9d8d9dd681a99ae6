import { describe, expect, it } from "vitest";
import { normaliseCheckInCode, registrationSchema, LIMITS } from "@/lib/registrations/schema";
import { formValues } from "@/lib/action-result";
import { parseDaysArgument } from "@/lib/registrations/purge";
import { formatCheckInCode, newCheckInCode } from "@/lib/registrations/links";

const valid = {
  fullName: "  Siti Rahma ",
  email: " Siti.Rahma@Example.COM ",
  jobTitle: "Head of Sourcing",
  organisationName: "Pacific Apparel Group",
  sector: "Manufacturing and supply chains",
  country: "Indonesia",
  consent: true,
};

describe("registrationSchema", () => {
  it("trims, lower-cases the e-mail, drops empty optional fields and de-duplicates sessions", () => {
    const parsed = registrationSchema.parse({ ...valid, phone: "", note: "  ", sessionIds: ["a", "a", "b"] });
    expect(parsed).toMatchObject({ fullName: "Siti Rahma", email: "siti.rahma@example.com", phone: undefined, note: undefined, sessionIds: ["a", "b"] });
  });

  it("requires consent and enforces every maximum length", () => {
    const res = registrationSchema.safeParse({
      ...valid,
      consent: false,
      fullName: "x".repeat(LIMITS.fullName + 1),
      jobTitle: "x".repeat(LIMITS.jobTitle + 1),
      organisationName: "x".repeat(LIMITS.organisationName + 1),
      country: "x".repeat(LIMITS.country + 1),
      dietaryNeeds: "x".repeat(LIMITS.needs + 1),
      accessibilityNeeds: "x".repeat(LIMITS.needs + 1),
      note: "x".repeat(LIMITS.note + 1),
      email: `${"x".repeat(250)}@example.com`,
      sessionIds: Array.from({ length: LIMITS.interests + 1 }, (_, i) => `s${i}`),
    });
    expect(res.success).toBe(false);
    const paths = new Set(res.error!.issues.map((i) => String(i.path[0])));
    expect([...paths].sort()).toEqual(
      ["accessibilityNeeds", "consent", "country", "dietaryNeeds", "email", "fullName", "jobTitle", "note", "organisationName", "sessionIds"].sort(),
    );
  });

  it("rejects a phone number with letters and an unknown sector", () => {
    const res = registrationSchema.safeParse({ ...valid, phone: "call me maybe", sector: "Piracy" });
    expect(res.error!.issues.map((i) => i.path[0]).sort()).toEqual(["phone", "sector"]);
  });

  it("reads a submitted form", () => {
    const fd = new FormData();
    for (const [k, v] of Object.entries({ ...valid, consent: "on" })) fd.append(k, String(v));
    fd.append("sessionIds", "s1");
    fd.append("sessionIds", "s2");
    expect(registrationSchema.parse(formValues(fd))).toMatchObject({ consent: true, sessionIds: ["s1", "s2"] });
  });
});

describe("check-in codes", () => {
  it("normalises what scanners and people type back to the stored code", () => {
    const code = newCheckInCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(normaliseCheckInCode(formatCheckInCode(code).toLowerCase())).toBe(code);
    expect(normaliseCheckInCode(` ${formatCheckInCode(code)} `)).toBe(code);
    expect(normaliseCheckInCode(`https://balai.example/check-in/${code}`)).toBe(code);
  });
});

describe("parseDaysArgument", () => {
  it("defaults to 30 and reads --days N or --days=N", () => {
    expect(parseDaysArgument([])).toBe(30);
    expect(parseDaysArgument(["--days", "7"])).toBe(7);
    expect(parseDaysArgument(["--days=0"])).toBe(0);
    expect(() => parseDaysArgument(["--days", "soon"])).toThrow(RangeError);
  });
});

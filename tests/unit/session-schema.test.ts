import { describe, expect, it } from "vitest";
import { moveSessionSchema, sessionFieldsFromFormData, sessionFieldsSchema } from "@/lib/agenda/schema";
import { forumSchema, suggestSlug } from "@/lib/forums/schema";

const base = {
  title: "Ethical recruitment",
  kind: "panel",
  date: "2027-02-16",
  start: "10:30",
  end: "12:00",
  visibility: "public",
  roomId: "",
  trackId: "",
};

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("session fields", () => {
  it("accepts a plain session, defaulting the end date to the start date and empty ids to null", () => {
    const r = sessionFieldsSchema.parse(base);
    expect(r).toMatchObject({ endDate: "2027-02-16", roomId: null, trackId: null, chathamHouse: false, status: "draft", presenters: [], expectedAttendance: null });
  });

  it("refuses an end at or before the start, at the end field", () => {
    expect(errorsOf(sessionFieldsSchema.safeParse({ ...base, end: "10:30" }))).toHaveProperty("end");
    expect(errorsOf(sessionFieldsSchema.safeParse({ ...base, end: "09:00" })).end).toMatch(/next day/);
  });

  it("accepts a session crossing midnight when the end date is the next day", () => {
    const r = sessionFieldsSchema.parse({ ...base, start: "22:00", endDate: "2027-02-17", end: "01:00" });
    expect(r.endDate).toBe("2027-02-17");
  });

  it("refuses an end date two days later or before the start date", () => {
    expect(errorsOf(sessionFieldsSchema.safeParse({ ...base, endDate: "2027-02-18" }))).toHaveProperty("endDate");
    expect(errorsOf(sessionFieldsSchema.safeParse({ ...base, endDate: "2027-02-15" }))).toHaveProperty("endDate");
  });

  it("names each bad field", () => {
    const errors = errorsOf(
      sessionFieldsSchema.safeParse({ ...base, title: "  ", kind: "party", start: "25:00", visibility: "secret", expectedAttendance: "-3" }),
    );
    expect(Object.keys(errors).sort()).toEqual(["expectedAttendance", "kind", "start", "title", "visibility"]);
  });

  it("reads the Chatham House checkbox and presenters from a form, refusing one presenter twice", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(base)) form.set(k, v);
    form.set("chathamHouse", "on");
    form.append("presenterId", "p1");
    form.append("presenterRole", "moderator");
    form.append("presenterId", "p1");
    form.append("presenterRole", "speaker");
    form.append("presenterId", "");
    form.append("presenterRole", "speaker");
    const result = sessionFieldsSchema.safeParse(sessionFieldsFromFormData(form));
    expect(errorsOf(result)).toEqual({ "presenters.1.presenterId": "This presenter is already attached.", "presenters.2.presenterId": "Choose a presenter." });
    form.delete("presenterId");
    form.delete("presenterRole");
    form.append("presenterId", "p1");
    form.append("presenterRole", "co_chair");
    expect(sessionFieldsSchema.parse(sessionFieldsFromFormData(form))).toMatchObject({ chathamHouse: true, presenters: [{ presenterId: "p1", role: "co_chair" }] });
  });

  it("move input uses the same slot rules", () => {
    expect(moveSessionSchema.safeParse({ sessionId: "s", version: "2", date: "2027-02-16", start: "11:00", end: "10:00", roomId: "" }).success).toBe(false);
    expect(moveSessionSchema.parse({ sessionId: "s", version: "2", date: "2027-02-16", start: "11:00", end: "12:00", roomId: "r" })).toMatchObject({ version: 2, roomId: "r", endDate: "2027-02-16" });
  });
});

describe("forum fields", () => {
  const forum = { name: "GABF 2027", slug: "gabf-2027", timeZone: "Asia/Makassar", startsOn: "2027-02-16", endsOn: "2027-02-17" };

  it("suggests a slug from a name", () => {
    expect(suggestSlug("Government & Business Forum – Nusa Dua 2027!")).toBe("government-business-forum-nusa-dua-2027");
    expect(suggestSlug("Türkiye côte")).toBe("turkiye-cote");
  });

  it("accepts a minimal forum and turns empty numbers into null", () => {
    expect(forumSchema.parse({ ...forum, capacity: "", organisationCap: "" })).toMatchObject({ capacity: null, organisationCap: null, status: "draft" });
  });

  it("refuses an end before the start, a bad zone, a bad slug, a negative capacity", () => {
    const errors = errorsOf(forumSchema.safeParse({ ...forum, endsOn: "2027-02-15", timeZone: "Mars/Olympus", slug: "GABF 2027", capacity: "-1" }));
    expect(Object.keys(errors).sort()).toEqual(["capacity", "endsOn", "slug", "timeZone"]);
  });

  it("needs both halves of a registration time and a close after the open", () => {
    expect(errorsOf(forumSchema.safeParse({ ...forum, registrationOpensOn: "2026-10-01" }))).toHaveProperty("registrationOpensAt");
    const r = forumSchema.safeParse({
      ...forum,
      registrationOpensOn: "2026-10-01",
      registrationOpensAt: "09:00",
      registrationClosesOn: "2026-10-01",
      registrationClosesAt: "09:00",
    });
    expect(errorsOf(r)).toHaveProperty("registrationClosesOn");
  });
});

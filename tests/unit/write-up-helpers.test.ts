import { describe, expect, it } from "vitest";
import { nextFreeSlug } from "@/lib/slug";
import { slugify } from "@/lib/write-ups/slug";
import { chathamWarnings, needsClosedConfirmation, quoteAttributionErrors, type GuardSession } from "@/lib/write-ups/chatham";
import { sessionDraft } from "@/lib/write-ups/draft-template";
import { stepsFrom, writeUpFormToInput, writeUpInputSchema } from "@/lib/write-ups/schema";

describe("slugs", () => {
  it("makes readable ASCII slugs from titles", () => {
    expect(slugify("Trapped in Deceit: the RSO's brief")).toBe("trapped-in-deceit-the-rso-s-brief");
    expect(slugify("Türkiye & Viet Nam — forum")).toBe("turkiye-and-viet-nam-forum");
    expect(slugify("!!!")).toBe("write-up");
    const long = slugify("word ".repeat(40));
    expect(long.length).toBeLessThanOrEqual(80);
    expect(long.endsWith("-")).toBe(false);
  });

  it("picks the first free numbered variant", () => {
    expect(nextFreeSlug("a", [])).toBe("a");
    expect(nextFreeSlug("a", ["a", "a-2", "a-4"])).toBe("a-3");
  });
});

const chatham: GuardSession = {
  id: "s1",
  title: "Platforms roundtable",
  chathamHouse: true,
  visibility: "registered",
  presenters: [{ id: "p-helen", name: "Helen Marsh" }],
};
const closed: GuardSession = { id: "s2", title: "Closed consultation", chathamHouse: false, visibility: "delegates", presenters: [{ id: "p-arif", name: "Arif Rahman" }] };
const open: GuardSession = { id: "s3", title: "Open panel", chathamHouse: false, visibility: "public", presenters: [{ id: "p-dewi", name: "Dewi Kartika" }] };

describe("Chatham House guard", () => {
  it("flags quotes attributed to presenters of Chatham House and closed sessions only", () => {
    const errors = quoteAttributionErrors([chatham, closed, open], [
      { text: "a", presenterId: "p-helen", attribution: "" },
      { text: "b", presenterId: "p-dewi", attribution: "" },
      { text: "c", presenterId: null, attribution: "Arif Rahman of Indonesia" },
      { text: "d", presenterId: null, attribution: "a banker" },
    ]);
    expect(Object.keys(errors).sort()).toEqual(["quotes.0.presenterId", "quotes.2.attribution"]);
    expect(errors["quotes.0.presenterId"][0]).toMatch(/^Chatham House rule/);
    expect(errors["quotes.2.attribution"][0]).toMatch(/^Closed session/);
  });

  it("warns, naming the places, when a protected presenter's name appears in the text", () => {
    expect(chathamWarnings([chatham], { body: "Later, helen marsh said…", summary: "Nothing", quotes: [{ text: "x", presenterId: null, attribution: "Helen Marsh" }] })).toEqual([
      "Chatham House rule: do not attribute statements; 'Helen Marsh' appears in the body, quote 1.",
    ]);
    expect(chathamWarnings([open], { body: "Dewi Kartika said" })).toEqual([]);
  });

  it("asks for the closed-session confirmation only with a delegates-only session", () => {
    expect(needsClosedConfirmation([chatham, open])).toBe(false);
    expect(needsClosedConfirmation([open, closed])).toBe(true);
  });
});

describe("session draft", () => {
  const base = {
    title: "Roundtable",
    abstract: "Platforms discuss takedowns.\n\nSecond paragraph.",
    startsAt: new Date("2027-02-16T07:30:00Z"),
    endsAt: new Date("2027-02-16T09:00:00Z"),
    room: "Uluwatu Room",
    forum: { name: "GABF 2027", timeZone: "Asia/Makassar", venue: "", city: "Nusa Dua, Bali" },
    presenters: [{ name: "Priya Nair", title: "Trust and Safety Lead", organisation: "ConnectSphere", role: "speaker" as const }],
  };

  it("fills date in the forum's zone, room, time with zone, presenters and abstract", () => {
    const d = sessionDraft({ ...base, chathamHouse: false, visibility: "public" });
    expect(d.date).toBe("2027-02-16");
    expect(d.summary).toBe("Platforms discuss takedowns.");
    expect(d.body).toContain("15:30–17:00 WITA, UTC+8, Uluwatu Room");
    expect(d.body).toContain("- **Speaker**: Priya Nair, Trust and Safety Lead, ConnectSphere");
  });

  it("lists Chatham House speakers apart, not to be attributed", () => {
    const d = sessionDraft({ ...base, chathamHouse: true, visibility: "public" });
    expect(d.body).toContain("## Speakers (not to be attributed)\n\n- Priya Nair, Trust and Safety Lead, ConnectSphere");
    expect(d.body).not.toContain("**Speaker**");
  });

  it("uses the forum's calendar day, not UTC's, near midnight", () => {
    expect(sessionDraft({ ...base, startsAt: new Date("2027-02-16T17:00:00Z"), endsAt: new Date("2027-02-16T18:00:00Z"), chathamHouse: false, visibility: "public" }).date).toBe("2027-02-17");
  });
});

describe("editor form parsing", () => {
  it("reads indexed quotes and images and requires alt text for each photo", () => {
    const fd = new FormData();
    fd.set("title", "A title");
    fd.set("slug", "");
    fd.set("tag", "event");
    fd.set("date", "2026-08-07");
    fd.append("sessionIds", "s1");
    fd.append("sessionIds", "s2");
    fd.set("quotes.1.text", "Second");
    fd.set("quotes.0.text", "First");
    fd.set("quotes.0.presenterId", "p1");
    fd.set("images.0.id", "img1");
    fd.set("images.0.alt", "");
    fd.set("newImages.0.file", new File([new Uint8Array([1])], "x.png"));
    fd.set("newImages.0.alt", "");
    const parsed = writeUpInputSchema.safeParse(writeUpFormToInput(fd));
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(parsed.error.issues.map((i) => i.path.join("."))).toEqual(["images.0.alt", "newImages.0.alt"]);
    const ok = writeUpInputSchema.parse({ ...writeUpFormToInput(fd), images: [], newImages: [] });
    expect(ok.sessionIds).toEqual(["s1", "s2"]);
    expect(ok.quotes.map((q) => [q.text, q.presenterId])).toEqual([
      ["First", "p1"],
      ["Second", null],
    ]);
  });

  it("offers only the workflow steps that leave each status", () => {
    expect(stepsFrom("draft")).toEqual(["submit"]);
    expect(stepsFrom("in_review")).toEqual(["publish", "send_back"]);
    expect(stepsFrom("published")).toEqual(["unpublish"]);
    expect(stepsFrom("unpublished")).toEqual(["publish", "to_draft"]);
  });
});

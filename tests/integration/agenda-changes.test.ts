import { beforeAll, describe, expect, it } from "vitest";
import { testDb } from "../support/db";
import { signInAs } from "../support/auth";
import { MARKERS, arrangeAgenda, markersIn, renderHtml, type Fixture } from "./agenda-fixture";
import AgendaChangesPage from "@/app/(public)/forums/[slug]/agenda/changes/page";

// The published change log is readable by delegates in full and by others only for sessions they may see.
let fx: Fixture;
const LOGGED = ["public", "registered", "delegates"] as const;

beforeAll(async () => {
  fx = await arrangeAgenda();
  for (const key of LOGGED) {
    const session = fx.sessions[key];
    await testDb().sessionChange.create({
      data: {
        forumId: fx.forum.id,
        sessionId: session.id,
        kind: "moved",
        title: `Session ${MARKERS[key]}`,
        summary: `Moved to the Side Room (${MARKERS[key]})`,
        data: { visibility: key === "public" ? "public" : key },
      },
    });
  }
});

async function changesHtml() {
  return renderHtml(await AgendaChangesPage({ params: Promise.resolve({ slug: fx.forum.slug }) }));
}

describe("the agenda change log page", () => {
  it.each([
    ["anonymous", ["public"]],
    ["attendee", ["public"]],
    ["approved", ["public", "registered"]],
    ["delegate", ["delegates", "public", "registered"]],
    ["organiser", ["delegates", "public", "registered"]],
  ] as const)("shows %s only the changes to sessions they may see", async (name, expected) => {
    signInAs(fx.viewers[name]);
    const html = await changesHtml();
    expect(html).toContain("Changes to the agenda");
    expect([...new Set(markersIn(html))].sort()).toEqual([...expected]);
  });

  it("is not found for a forum whose agenda is unpublished, except for organisers", async () => {
    signInAs(fx.viewers.delegate);
    await expect(AgendaChangesPage({ params: Promise.resolve({ slug: fx.hidden.slug }) })).rejects.toMatchObject({
      digest: expect.stringContaining("404"),
    });
  });
});

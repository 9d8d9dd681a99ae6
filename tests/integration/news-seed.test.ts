import { describe, expect, it } from "vitest";
import Parser from "rss-parser";
import { testDb } from "../support/db";
import { seed } from "@/prisma/seed";
import { GET as feedGET } from "@/app/api/news/feed/route";
import { getWriteUpForReader, listPublishedWriteUps, listRelatedWriteUps } from "@/lib/write-ups/queries";

describe("seeded news", () => {
  it("publishes the 2023 scam-centres report and the 2018 and 2017 forum reports, linked to their forums", async () => {
    await seed(testDb());
    const { items } = await listPublishedWriteUps();
    expect(items.map((i) => [i.slug, i.forum?.slug])).toEqual([
      ["private-sector-urged-to-help-dismantle-scam-centres", "gabf-2023"],
      ["governments-and-business-endorse-acknowledge-act-advance", "gabf-2018-bali"],
      ["first-government-and-business-forum-opens-in-perth", "gabf-2017-perth"],
    ]);
    const scam = await getWriteUpForReader("private-sector-urged-to-help-dismantle-scam-centres", null);
    expect(scam!.quotes).toHaveLength(2);
    expect(scam!.sessions.map((s) => s.id)).toEqual(["seed-gabf2023-trapped-in-deceit"]);
    const bali = await getWriteUpForReader("governments-and-business-endorse-acknowledge-act-advance", null);
    expect(bali!.quotes.map((q) => [q.presenter, q.attribution])).toEqual([
      [null, "a chief executive from the manufacturing sector"],
      [null, "a senior official from a co-chair government"],
    ]);
    const dewi = await testDb().presenter.findUniqueOrThrow({ where: { slug: "dewi-kartika" } });
    expect((await listRelatedWriteUps({ presenterId: dewi.id })).map((w) => w.slug)).toEqual(["private-sector-urged-to-help-dismantle-scam-centres"]);
    const feed = await new Parser().parseString(await (await feedGET()).text());
    expect(feed.items).toHaveLength(3);
    // Seeding again changes nothing.
    await seed(testDb());
    expect(await testDb().writeUp.count()).toBe(3);
  });
});

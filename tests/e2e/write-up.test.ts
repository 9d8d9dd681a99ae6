import { describe, expect, it } from "vitest";
import Parser from "rss-parser";
import { alerts, baseUrl, checkA11y, connectBrowser, field, poll, shoot, signIn } from "./support/browser";
import { e2eDb } from "./support/db";

// Journey 4: an organiser writes a write-up from a session, publishes it, and a visitor reads it in the news
// list and the feed.

const { newPage } = connectBrowser();

const SESSION_ID = "seed-gabf2023-opening";
const SESSION_TITLE = "Opening by the co-chairs";
const TITLE = "Co-chairs call on business to help close the scam centres";
const SUMMARY = "The 2023 forum opened with a call for banks, platforms and recruiters to act with governments.";
const BODY = [
  "The co-chairs opened the **2023 Government and Business Forum** in Bangkok.",
  "",
  "## What was discussed",
  "",
  "- Progress since the Acknowledge, Act, Advance recommendations",
  "- What businesses can do about trafficking into online scam centres",
].join("\n");

describe("journey: a write-up from a session to the news", () => {
  it("an organiser drafts from a session, is stopped by the draft note, rewrites it and publishes; a visitor reads it", async () => {
    const page = await newPage();
    await signIn(page, "organiser", "/manage/write-ups/new");
    await page.waitForURL("**/manage/write-ups/new");
    await checkA11y(page, "new write-up (console)");

    // Start from the session: the server drafts the article from the agenda.
    await field(page, "Start from").selectOption(`session:${SESSION_ID}`);
    await page.getByRole("button", { name: "Create draft from this" }).click();
    await page.waitForURL(/\/manage\/write-ups\/[^/]+\?created=1/);
    await poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(SESSION_TITLE);
    expect(await page.getByRole("status").filter({ hasText: "Draft created" }).count()).toBe(1);
    expect(await field(page, "Title").inputValue()).toBe(SESSION_TITLE);
    const drafted = await field(page, "Body").inputValue();
    expect(drafted).toContain("Draft prepared from the agenda");
    expect(drafted).toContain("Helen Marsh"); // the session's co-chairs are listed for the writer
    // The draft is linked to its session.
    const sessionBox = page.getByRole("checkbox", { name: new RegExp(`^${SESSION_TITLE}`) });
    expect(await sessionBox.isChecked()).toBe(true);
    const workflow = page.getByRole("complementary", { name: "Workflow" });
    expect(await workflow.innerText()).toContain("Status: Draft");

    // Submitting for review is fine, but publishing the generated text as it stands is refused.
    await workflow.getByRole("button", { name: "Submit for review" }).click();
    await poll(() => workflow.innerText()).toContain("Status: In review");
    await workflow.getByRole("button", { name: "Approve and publish" }).click();
    await poll(() => alerts(page).allInnerTexts().then((t) => t.join("\n"))).toContain("still holds the generated draft's note");
    expect(await workflow.innerText()).toContain("Status: In review");

    // Rewrite it as a news report and save.
    await field(page, "Title").fill(TITLE);
    await field(page, "Summary").fill(SUMMARY);
    await field(page, "Body").fill(BODY);
    // The live preview renders the Markdown as readers will see it.
    const preview = page.getByRole("region", { name: "Preview" });
    await poll(() => preview.getByRole("heading", { name: "What was discussed" }).count()).toBe(1);
    await page.getByRole("button", { name: "Save changes" }).click();
    await poll(() => page.getByRole("status").filter({ hasText: /^Saved/ }).count()).toBe(1);
    await poll(() => page.getByRole("heading", { level: 1 }).innerText()).toBe(TITLE);
    const slug = (await field(page, "Web address").inputValue()) || "";
    expect(slug).toMatch(/^[a-z0-9-]+$/);

    await workflow.getByRole("button", { name: "Approve and publish" }).click();
    await poll(() => workflow.innerText()).toContain("Status: Published");
    const stored = await e2eDb().writeUp.findUniqueOrThrow({ where: { slug }, include: { sessions: true, reviewedBy: true } });
    expect(stored.status).toBe("published");
    expect(stored.sessions.map((s) => s.sessionId)).toEqual([SESSION_ID]);
    expect(stored.reviewedBy?.email).toBe("organiser@balai.test");

    // A visitor (no account) finds it in the news list and reads it.
    const reader = await newPage();
    await reader.goto("/news");
    const link = reader.getByRole("link", { name: TITLE, exact: true });
    await poll(() => link.count()).toBe(1);
    await link.click();
    await reader.waitForURL(`**/news/${slug}`);
    expect(await reader.getByRole("heading", { level: 1 }).innerText()).toBe(TITLE);
    const article = await reader.getByRole("article").first().innerText();
    expect(article).toContain(SUMMARY);
    expect(article).toContain("2023 Government and Business Forum");
    expect(await reader.getByRole("article").first().getByRole("heading", { name: "What was discussed" }).count()).toBe(1);
    // Bold Markdown became bold text, not asterisks.
    expect(article).not.toContain("**");
    expect(await reader.getByRole("link", { name: "Edit this article" }).count()).toBe(0);
    await checkA11y(reader, "news article");
    await shoot(reader, "news-article");

    // The session's page now points to the report.
    await reader.goto(`/forums/gabf-2023/sessions/${SESSION_ID}`);
    const related = reader.getByRole("region", { name: "In the news" });
    await poll(() => related.getByRole("link", { name: TITLE }).count()).toBe(1);

    // And the RSS feed carries it, with a link a feed reader can open.
    const res = await fetch(`${baseUrl()}/api/news/feed`);
    expect(res.status).toBe(200);
    const feed = await new Parser().parseString(await res.text());
    const item = feed.items.find((i) => i.title === TITLE);
    expect(item, `feed items: ${feed.items.map((i) => i.title).join(" | ")}`).toBeDefined();
    expect(item!.link).toBe(`${baseUrl()}/news/${slug}`);
    expect(item!.contentSnippet ?? item!.content ?? "").toContain("2023 forum opened");
  });

  it("the news list and an article pass the accessibility check for an anonymous reader", async () => {
    const page = await newPage();
    await page.goto("/news");
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toMatch(/News/);
    await poll(() => page.getByRole("link", { name: "Private sector urged to help dismantle online scam centres" }).count()).toBe(1);
    await checkA11y(page, "news list");
  });
});

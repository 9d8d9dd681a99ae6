import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Locator, type Page } from "playwright-core";

const root = path.resolve(__dirname, "../../..");
export const baseUrl = () => inject("e2eBaseUrl");
export const outboxDir = () => inject("e2eOutboxDir");

export const DEMO_PASSWORD = "balai-demo-2026";
export const demoUsers = {
  organiser: { email: "organiser@balai.test", name: "Ratna Wulandari" },
  delegate: { email: "delegate.indonesia@balai.test", name: "Budi Hartono" },
  attendee: { email: "attendee@balai.test", name: "Mei Lin Tan" },
} as const;
export type DemoRole = keyof typeof demoUsers;

export const PHONE: BrowserContextOptions = {
  viewport: { width: 375, height: 812 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};

/**
 * `expect.poll` with waits that suit a production server on a busy 2-core machine (vitest's default gives up
 * after one second, shorter than a server action plus a refresh can take here).
 */
export function poll<T>(fn: () => T | Promise<T>, options: { timeout?: number; message?: string } = {}) {
  return expect.poll(fn, { timeout: options.timeout ?? 15_000, interval: 100, message: options.message });
}

type Opened = { context: BrowserContext; page: Page; errors: string[] };

/**
 * Connects this test file to the one Chromium the global setup launched; every `newPage()` is a fresh context
 * (own cookies and storage), closed after its test. A failing test leaves a screenshot in test-results/e2e/.
 */
export function connectBrowser() {
  let browser: Browser | undefined;
  let opened: Opened[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(inject("e2eBrowserEndpoint"));
  });

  afterEach(async (ctx) => {
    const failed = ctx.task.result?.state === "fail";
    for (const [i, o] of opened.entries()) {
      if (failed) {
        const dir = path.join(root, "test-results", "e2e");
        fs.mkdirSync(dir, { recursive: true });
        const file = path.join(dir, `${slug(ctx.task.name)}${i ? `-${i}` : ""}.png`);
        await o.page.screenshot({ path: file, fullPage: true }).catch(() => {});
        console.error(`[e2e] failed at ${o.page.url()}; screenshot ${path.relative(root, file)}`);
        if (o.errors.length) console.error(`[e2e] errors in the page:\n  ${o.errors.join("\n  ")}`);
      }
      await o.context.close().catch(() => {});
    }
    opened = [];
  });

  afterAll(async () => {
    await browser?.close();
  });

  return {
    /** A page in a new browser context: desktop 1280x900 in English, on UTC unless told otherwise. */
    async newPage(options: BrowserContextOptions = {}): Promise<Page> {
      if (!browser) throw new Error("connectBrowser(): the browser is not connected yet");
      const context = await browser.newContext({
        baseURL: baseUrl(),
        viewport: { width: 1280, height: 900 },
        locale: "en-GB",
        timezoneId: "UTC",
        acceptDownloads: true,
        ...options,
      });
      context.setDefaultTimeout(20_000);
      context.setDefaultNavigationTimeout(45_000);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      opened.push({ context, page, errors });
      return page;
    },
  };
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 80);
}

/** Signs in through the sign-in form the way a person does, then waits to leave the sign-in page. */
export async function signIn(page: Page, role: DemoRole, callbackUrl = "/"): Promise<void> {
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.getByLabel("E-mail").fill(demoUsers[role].email);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
  // The header names whoever is signed in: proof the session cookie took, not just that a page loaded.
  await poll(() => page.getByRole("banner").innerText()).toContain(demoUsers[role].name);
}

const axeSource = createRequire(__filename).resolve("axe-core");

type AxeNode = { target: unknown[]; failureSummary?: string; html: string };
type AxeViolation = { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] };

/** Runs axe-core on the page as it is now and fails on any serious or critical violation, listing them readably. */
export async function checkA11y(page: Page, name: string): Promise<void> {
  await page.waitForLoadState("load");
  // A colour transition caught halfway (a button that just changed from primary to secondary) reads as bad
  // contrast; let finite transitions and animations finish first (at most two seconds).
  await page.evaluate(() =>
    Promise.race([
      Promise.all(
        document
          .getAnimations()
          .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
          .map((a) => a.finished.catch(() => undefined)),
      ),
      new Promise((r) => setTimeout(r, 2_000)),
    ]),
  );
  const hasAxe = await page.evaluate(() => "axe" in window);
  if (!hasAxe) await page.addScriptTag({ path: axeSource });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations;
  })) as AxeViolation[];
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  if (bad.length) {
    const report = bad
      .map(
        (v) =>
          `- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
          v.nodes
            .slice(0, 5)
            .map((n) => `    at ${n.target.join(" ")}\n      ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? "").replace(/\n/g, "\n      ")}`)
            .join("\n") +
          (v.nodes.length > 5 ? `\n    …and ${v.nodes.length - 5} more` : ""),
      )
      .join("\n");
    throw new Error(`Accessibility: ${bad.length} serious or critical axe violation(s) on ${name} (${page.url()}):\n${report}`);
  }
}

/** Writes a full-page screenshot to docs/screenshots/<name>.png (the README shows these). */
export async function shoot(page: Page, name: string, options: { maxHeight?: number } = {}): Promise<string> {
  const dir = path.join(root, "docs", "screenshots");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  // Let web fonts and late layout settle so the picture matches what a person sees.
  await page.evaluate(() => document.fonts?.ready).catch(() => {});
  // A long page (a phone's agenda list) is cut at maxHeight CSS pixels: the top of it shows what it looks like.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  const width = page.viewportSize()?.width ?? 1280;
  const clip = options.maxHeight && height > options.maxHeight ? { x: 0, y: 0, width, height: options.maxHeight } : undefined;
  await page.screenshot({ path: file, fullPage: true, clip, animations: "disabled" });
  return file;
}

export type OutboxMail = { id: string; to: string; subject: string; text: string; at: string; links: string[] };

/** The messages sent to `to` (oldest first), from the .json summaries lib/mail/send.ts writes beside each .eml. */
export function readOutbox(to: string, dir = outboxDir()): OutboxMail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")) as Omit<OutboxMail, "links">)
    .filter((m) => m.to.toLowerCase().includes(to.toLowerCase()))
    .map((m) => ({ ...m, links: [...m.text.matchAll(/https?:\/\/[^\s<>")\]]+/g)].map((x) => x[0].replace(/[.,;]+$/, "")) }));
}

/** Waits for a message to `to` whose subject matches, and returns it (mail may be sent just after a response). */
export async function waitForMail(to: string, subject: RegExp, timeoutMs = 15_000): Promise<OutboxMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = readOutbox(to).filter((m) => subject.test(m.subject));
    if (found.length) return found[found.length - 1];
    if (Date.now() > deadline) {
      const all = readOutbox(to).map((m) => `  ${m.at} ${m.subject}`);
      throw new Error(`No e-mail to ${to} with a subject matching ${subject}. Mail to them:\n${all.join("\n") || "  (none)"}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The first link in a message that points at this app and whose path matches. */
export function linkIn(mail: OutboxMail, pathPattern: RegExp): string {
  const link = mail.links.find((l) => l.startsWith(baseUrl()) && pathPattern.test(new URL(l).pathname));
  if (!link) throw new Error(`No link matching ${pathPattern} in the e-mail "${mail.subject}":\n${mail.text}`);
  return link;
}

/** Alerts the page shows (Next's own empty route announcer also has role="alert"; it is left out). */
export function alerts(page: Page) {
  return page.locator('[role="alert"]:not(#__next-route-announcer__)');
}

/**
 * The form control labelled `label` (components/ui/field adds " *" or " (optional)" to labels; this matches the
 * label itself exactly, so "Title" does not also find "Cover alt text" or a region named "Start from…").
 */
export function field(scope: Page | Locator, label: string): Locator {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return scope.getByLabel(new RegExp(`^${escaped}(\\s*\\*|\\s*\\(optional\\))?$`));
}

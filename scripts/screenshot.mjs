// Takes a screenshot of a page in Debian's Chromium: node scripts/screenshot.mjs URL OUT.png [width] [height]
// Sign in first with --as organiser|delegate|attendee (demo accounts; needs the demo seed).
import { chromium } from "playwright-core";

const args = process.argv.slice(2);
const asIdx = args.indexOf("--as");
const role = asIdx >= 0 ? args.splice(asIdx, 2)[1] : null;
const [url, out, width = "1280", height = "900"] = args;
if (!url || !out) {
  console.error("usage: node scripts/screenshot.mjs URL OUT.png [width] [height] [--as role]");
  process.exit(2);
}
const emails = { organiser: "organiser@balai.test", delegate: "delegate.indonesia@balai.test", attendee: "attendee@balai.test" };
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
if (role) {
  const origin = new URL(url).origin;
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("E-mail").fill(emails[role]);
  await page.getByLabel("Password").fill("balai-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"), { timeout: 30000 });
}
await page.goto(url, { waitUntil: "networkidle" });
await page.screenshot({ path: out, fullPage: true });
await browser.close();
console.log(`Saved ${out}`);

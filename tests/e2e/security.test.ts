import { afterAll, describe, expect, it } from "vitest";
import { UPCOMING_FORUM_SLUG } from "@/prisma/seed-data/forums";
import { baseUrl, connectBrowser, DEMO_PASSWORD, demoUsers, poll, signIn } from "./support/browser";
import { e2eDb } from "./support/db";

// What an outsider sees over HTTP from the production build: headers, CSRF refusals, the client address the rate
// limits count, redirects after sign-in, sessions after sign-out, development mail. Each test here was first run
// against the build before the fix and failed.

const { newPage } = connectBrowser();
const url = (path: string) => `${baseUrl()}${path}`;

function directives(csp: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (csp ?? "").split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name.toLowerCase(), values);
  }
  return out;
}

function expectCommonHeaders(res: Response, what: string) {
  const h = res.headers;
  expect(h.get("x-content-type-options"), what).toBe("nosniff");
  expect(h.get("referrer-policy"), what).toBe("strict-origin-when-cross-origin");
  expect(h.get("permissions-policy"), what).toMatch(/geolocation=\(\)/);
  // The e2e server runs as production: HSTS for a year, subdomains included.
  expect(h.get("strict-transport-security"), what).toMatch(/max-age=(3153[6-9]\d{3}|[4-9]\d{7}|\d{9,})/);
  const csp = directives(h.get("content-security-policy"));
  expect(csp.get("object-src"), what).toEqual(["'none'"]);
  expect(csp.get("base-uri"), what).toEqual(["'none'"]);
  expect(csp.get("frame-ancestors"), what).toEqual(["'none'"]);
  const scripts = csp.get("script-src") ?? csp.get("default-src") ?? [];
  expect(scripts.length, what).toBeGreaterThan(0);
  expect(scripts, what).not.toContain("'unsafe-inline'");
  expect(scripts, what).not.toContain("'unsafe-eval'");
  return csp;
}

describe("security headers on every kind of response", () => {
  it("a page carries a nonce-based CSP whose nonce is on every script of the page", async () => {
    const res = await fetch(url("/"));
    expect(res.status).toBe(200);
    const csp = expectCommonHeaders(res, "home page");
    const nonce = (csp.get("script-src") ?? []).map((v) => /^'nonce-([^']+)'$/.exec(v)?.[1]).find(Boolean);
    expect(nonce, "script-src names a nonce").toBeTruthy();
    const html = await res.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, "every script carries this response's nonce").toContain(`nonce="${nonce}"`);
    // A fresh nonce per response.
    const again = directives((await fetch(url("/"))).headers.get("content-security-policy")).get("script-src");
    expect(again).not.toContain(`'nonce-${nonce}'`);
  });

  it("route handlers, 404s, refused addresses and static files carry them too", async () => {
    const static1 = /\/_next\/static\/[^"']+\.js/.exec(await (await fetch(url("/"))).text())?.[0];
    expect(static1).toBeTruthy();
    const cases: [string, number][] = [
      ["/api/health", 200],
      ["/api/news/feed", 200],
      ["/no-such-page-anywhere", 404],
      ["/forums/no-such-forum", 404],
      ["/forums/%00", 400],
      [static1!, 200],
      ["/robots.txt", 200],
    ];
    for (const [path, status] of cases) {
      const res = await fetch(url(path));
      expect(res.status, path).toBe(status);
      expectCommonHeaders(res, path);
    }
  });

  it("the page runs under the policy: no violation reported while a visitor uses it", async () => {
    const page = await newPage();
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(`/forums/${UPCOMING_FORUM_SLUG}/agenda`);
    await page.waitForLoadState("networkidle");
    // Hydrated: the client-side filter reacts (it is a React component, so it only works if the scripts ran).
    expect(await page.evaluate(() => document.documentElement.outerHTML.length)).toBeGreaterThan(1000);
    expect(violations).toEqual([]);
  });

  it("pages with personal data are not stored by browsers or proxies", async () => {
    const page = await newPage();
    await signIn(page, "organiser", "/manage");
    const res = await page.request.get(url("/manage"));
    expect(res.status()).toBe(200);
    expect(res.headers()["cache-control"]).toMatch(/no-store/);
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => /session-token$/.test(c.name));
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe("Lax");
  });
});

describe("cross-site requests that change state", () => {
  it("a server action posted from another origin, or from Origin null, is answered 403 and changes nothing", async () => {
    const db = e2eDb();
    const before = await db.registration.count();
    for (const origin of ["https://evil.example", "null"]) {
      const res = await fetch(url(`/forums/${UPCOMING_FORUM_SLUG}/register`), {
        method: "POST",
        headers: { Origin: origin, "Next-Action": "0123456789abcdef0123456789abcdef01234567", "Content-Type": "text/plain;charset=UTF-8" },
        body: "[]",
      });
      expect(res.status, origin).toBe(403);
      expect(await res.text()).not.toMatch(/at \w+ \(|Error:/);
    }
    expect(await db.registration.count()).toBe(before);
  });

  it("a foreign-origin post to a route handler (sign-out) is answered 403", async () => {
    const res = await fetch(url("/api/auth/signout"), {
      method: "POST",
      headers: { Origin: "https://evil.example", "Content-Type": "application/x-www-form-urlencoded" },
      body: "csrfToken=x",
      redirect: "manual",
    });
    expect(res.status).toBe(403);
  });
});

describe("client address", () => {
  afterAll(async () => {
    // The browser journeys share this machine's address; give them their manage-link budget back.
    await e2eDb().$executeRawUnsafe(`DELETE FROM "RateLimiterFlexible" WHERE "key" LIKE 'manage-link%'`);
  });

  it("an invented X-Forwarded-For does not escape the per-address limit", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 70; i++) {
      const res = await fetch(url(`/api/registrations/${"A".repeat(43)}/calendar`), {
        headers: { "X-Forwarded-For": `198.51.100.${i % 250}` },
      });
      statuses.push(res.status);
    }
    expect(statuses).toContain(429);
  });
});

describe("sign-in and sessions", () => {
  it("after sign-in, a callback to another site is not followed (backslash and tab tricks included)", async () => {
    const page = await newPage();
    await signIn(page, "organiser", "/");
    for (const target of ["/\\evil.example", "/\tevil.example", "//evil.example", "https://evil.example/", "/%5Cevil.example"]) {
      const res = await page.request.get(url(`/sign-in?callbackUrl=${encodeURIComponent(target)}`), { maxRedirects: 0 });
      const location = res.headers()["location"];
      expect(location, target).toBeTruthy();
      expect(new URL(location, baseUrl()).origin, target).toBe(new URL(baseUrl()).origin);
    }
  });

  it("the sign-in form is a real POST form: submitted before any script runs, the password stays out of the address", async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto("/sign-in?callbackUrl=%2Fmanage");
    expect(await page.locator("form").first().getAttribute("method")).toMatch(/post/i);
    await page.getByLabel("E-mail").fill(demoUsers.organiser.email);
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForLoadState("load");
    expect(page.url()).not.toContain(encodeURIComponent(DEMO_PASSWORD));
    expect(page.url()).not.toContain("password");
    await poll(() => page.url()).toContain("/manage");
    expect(await page.getByRole("banner").innerText()).toContain(demoUsers.organiser.name);
  });

  it("the invitation form (a new password) also works as a real POST form before any script runs", async () => {
    const db = e2eDb();
    const { hashToken, newToken } = await import("@/lib/tokens");
    const token = newToken();
    const state = await db.memberState.findFirstOrThrow({ orderBy: { name: "asc" } });
    const email = `nojs-${Date.now()}@gov.example`;
    await db.invitation.create({ data: { email, memberStateId: state.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`/invitations/${token}`);
    await page.getByLabel("Your name").fill("Script Less");
    await page.locator('input[name="password"]').fill("mangrove ferry kiln 27");
    await page.locator('input[name="confirmPassword"]').fill("mangrove ferry kiln 27");
    await page.getByRole("button", { name: "Create my delegate account" }).click();
    await page.waitForLoadState("load");
    expect(page.url()).not.toContain("mangrove");
    await poll(() => db.user.count({ where: { email, role: "delegate" } })).toBe(1);
    // Without script the page is rendered afresh after the post, so it reports the used invitation and the
    // account that was set up (with script it shows the success message in place).
    expect(await page.getByRole("main").innerText()).toMatch(/delegate account (is ready|has been set up)/);
  });

  it("signing out ends the session: a copied cookie no longer opens the console", async () => {
    const page = await newPage();
    await signIn(page, "organiser", "/manage");
    const copied = (await page.context().cookies()).find((c) => /session-token$/.test(c.name));
    expect(copied).toBeTruthy();
    await page.getByRole("button", { name: "Sign out" }).click();
    await poll(() => page.getByRole("link", { name: "Sign in" }).count()).toBe(1);
    const res = await fetch(url("/manage"), { headers: { Cookie: `${copied!.name}=${copied!.value}` }, redirect: "manual" });
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    expect(res.headers.get("location")).toContain("/sign-in");
  });

  it("development mail answers 404 in production, also to organisers", async () => {
    expect((await fetch(url("/dev/mail"))).status).toBe(404);
    const page = await newPage();
    await signIn(page, "organiser", "/");
    expect((await page.request.get(url("/dev/mail"))).status()).toBe(404);
  });
});

import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { NextRequest } from "next/server";

// A port nothing listens on: the database "is down".
async function deadUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return `postgresql://postgres@127.0.0.1:${port}/balai`;
}

describe("with the database down the app fails closed, and says so", () => {
  const realUrl = process.env.DATABASE_URL;
  afterEach(async () => {
    process.env.DATABASE_URL = realUrl;
    const { resetDatabaseProbe } = await import("@/lib/health/probe");
    resetDatabaseProbe();
  });

  it("/api/health answers 503 and names the database and why", async () => {
    const { GET } = await import("@/app/api/health/route");
    const up = await GET();
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: "ok", database: "reachable" });

    process.env.DATABASE_URL = await deadUrl();
    const { probeDatabase } = await import("@/lib/health/probe");
    const down = await probeDatabase({ fresh: true });
    expect(down).toMatchObject({ ok: false, reason: expect.stringMatching(/refused|unreachable/i) });
  });

  it("pages get a plain 503 page (not a 500, not a stack trace) while API callers get 503 text; health still answers", async () => {
    const { proxy } = await import("@/proxy");
    process.env.DATABASE_URL = await deadUrl();
    const page = await proxy(new NextRequest("http://localhost/forums/gabf-2026", { headers: { accept: "text/html" } }));
    expect(page.status).toBe(503);
    expect(page.headers.get("retry-after")).toBeTruthy();
    expect(page.headers.get("content-security-policy")).toContain("object-src 'none'");
    const html = await page.text();
    expect(html).toMatch(/temporarily unavailable/i);
    expect(html).not.toMatch(/at \w+ \(|Error:|ECONNREFUSED/);
    const api = await proxy(new NextRequest("http://localhost/api/news/feed"));
    expect(api.status).toBe(503);
    // The health check itself is let through, so load balancers read its reason.
    const health = await proxy(new NextRequest("http://localhost/api/health"));
    expect(health.status).toBe(200);
    expect(health.headers.get("x-middleware-next")).toBe("1");
  });
});

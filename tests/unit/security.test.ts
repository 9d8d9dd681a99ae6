import { afterEach, describe, expect, it } from "vitest";
import { buildContentSecurityPolicy, securityHeaders } from "@/lib/security/headers";
import { clientAddressFrom } from "@/lib/security/client-address";
import { isCrossSiteWrite } from "@/lib/security/origin";
import { safeRedirectPath } from "@/lib/security/redirect";
import { passwordProblem } from "@/lib/auth/password-policy";

describe("safeRedirectPath: one same-origin check for every redirect target", () => {
  const origin = "https://forums.example.org";
  it.each([
    ["/manage", "/manage"],
    ["/forums/gabf-2026/agenda?view=grid#day-2", "/forums/gabf-2026/agenda?view=grid#day-2"],
    ["https://forums.example.org/my-agenda", "/my-agenda"],
  ])("keeps %s", (input, expected) => {
    expect(safeRedirectPath(input, origin)).toBe(expected);
  });

  it.each([
    "/\\evil.example",
    "/\tevil.example",
    "/\t/evil.example",
    "//evil.example",
    "///evil.example",
    "/%5Cevil.example",
    "/%2F/evil.example",
    "\\\\evil.example",
    "https://evil.example/",
    "https:evil.example",
    "javascript:alert(1)",
    "data:text/html,hi",
    " /manage",
    "/manage\n",
    "",
    undefined,
    null,
    42,
    "https://forums.example.org.evil.example/",
  ])("refuses %j and falls back to the home page", (input) => {
    expect(safeRedirectPath(input, origin)).toBe("/");
  });

  it("takes a chosen fallback", () => {
    expect(safeRedirectPath("//evil.example", origin, "/manage")).toBe("/manage");
  });
});

describe("clientAddressFrom: the address Balai's server saw, proxies trusted only when configured", () => {
  afterEach(() => {
    delete process.env.TRUST_PROXY_HOPS;
  });
  // The server appends the socket's address to X-Forwarded-For (instrumentation.ts), so the last entry is always
  // the peer and anything before it was written by the client or by proxies.
  const h = (xff: string) => new Headers({ "x-forwarded-for": xff });

  it("without trusted proxies, the peer (last entry) counts and invented hops are ignored", () => {
    expect(clientAddressFrom(h("198.51.100.7, 203.0.113.5"))).toBe("203.0.113.5");
    expect(clientAddressFrom(h("1.2.3.4, 5.6.7.8, 203.0.113.5"))).toBe("203.0.113.5");
  });

  it("TRUST_PROXY_HOPS=1: the address the one trusted proxy saw", () => {
    process.env.TRUST_PROXY_HOPS = "1";
    // client-invented, then what the proxy appended, then the proxy itself as the peer
    expect(clientAddressFrom(h("6.6.6.6, 198.51.100.7, 10.0.0.2"))).toBe("198.51.100.7");
  });

  it("TRUST_PROXY_HOPS larger than the chain falls back to the first entry, never to nothing", () => {
    process.env.TRUST_PROXY_HOPS = "5";
    expect(clientAddressFrom(h("198.51.100.7, 10.0.0.2"))).toBe("198.51.100.7");
  });

  it("a bad TRUST_PROXY_HOPS is treated as 0", () => {
    process.env.TRUST_PROXY_HOPS = "two";
    expect(clientAddressFrom(h("6.6.6.6, 203.0.113.5"))).toBe("203.0.113.5");
  });

  it("no header: one shared 'unknown' bucket, so missing data cannot mint new buckets", () => {
    expect(clientAddressFrom(new Headers())).toBe("unknown");
    expect(clientAddressFrom(h(" , "))).toBe("unknown");
  });
});

describe("isCrossSiteWrite", () => {
  const req = (method: string, headers: Record<string, string>) => ({ method, headers: new Headers({ host: "forums.example.org", ...headers }) });
  it("refuses a foreign Origin, Origin null and a cross-site fetch", () => {
    expect(isCrossSiteWrite(req("POST", { origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteWrite(req("POST", { origin: "null" }))).toBe(true);
    expect(isCrossSiteWrite(req("POST", { "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteWrite(req("DELETE", { origin: "http://forums.example.org.evil.example" }))).toBe(true);
  });
  it("lets same-origin writes and every read through", () => {
    expect(isCrossSiteWrite(req("POST", { origin: "https://forums.example.org" }))).toBe(false);
    expect(isCrossSiteWrite(req("POST", { origin: "http://forums.example.org", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteWrite(req("GET", { origin: "https://evil.example" }))).toBe(false);
    // A no-referrer page's own form: the browser says Origin null but Sec-Fetch-Site same-origin.
    expect(isCrossSiteWrite(req("POST", { origin: "null", "sec-fetch-site": "same-origin" }))).toBe(false);
    expect(isCrossSiteWrite(req("POST", { origin: "null", "sec-fetch-site": "cross-site" }))).toBe(true);
    expect(isCrossSiteWrite(req("POST", { origin: "null", "sec-fetch-site": "same-site" }))).toBe(true);
    expect(isCrossSiteWrite(req("HEAD", { "sec-fetch-site": "cross-site" }))).toBe(false);
  });
  it("honours x-forwarded-host set by the server in front", () => {
    expect(isCrossSiteWrite(req("POST", { origin: "https://public.example.org", "x-forwarded-host": "public.example.org" }))).toBe(false);
  });
});

describe("content security policy", () => {
  it("is strict: nonce scripts, nothing inline, no plugins, no base, no framing", () => {
    const csp = buildContentSecurityPolicy({ nonce: "abc123", production: true });
    expect(csp).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });
  it("development allows eval (React's error overlay) and never upgrades http", () => {
    const csp = buildContentSecurityPolicy({ nonce: "n", production: false });
    expect(csp).toMatch(/script-src[^;]*'unsafe-eval'/);
    expect(csp).not.toContain("upgrade-insecure-requests");
  });
  it("asks to upgrade subresources only when the public URL is https", () => {
    expect(buildContentSecurityPolicy({ nonce: "n", production: true, httpsOnly: true })).toContain("upgrade-insecure-requests");
    expect(buildContentSecurityPolicy({ nonce: "n", production: true, httpsOnly: false })).not.toContain("upgrade-insecure-requests");
  });
  it("HSTS only in production", () => {
    expect(securityHeaders({ production: true })["Strict-Transport-Security"]).toMatch(/max-age=63072000/);
    expect(securityHeaders({ production: false })["Strict-Transport-Security"]).toBeUndefined();
  });
});

describe("password policy", () => {
  it.each([
    ["short", "too short"],
    ["password1234", "common"],
    ["Qwertyuiop12!", "common"],
    ["123456789012", "common"],
    ["aaaaaaaaaaaaaaaa", "common"],
  ])("refuses %s (%s)", (pw) => {
    expect(passwordProblem(pw)).toBeTruthy();
  });
  it("accepts a long uncommon passphrase", () => {
    expect(passwordProblem("mangrove-ferry-kiln-27")).toBeNull();
    expect(passwordProblem("balai-demo-2026")).toBeNull();
  });
  it("refuses the account's own e-mail as its password", () => {
    expect(passwordProblem("delegate.indonesia@balai.test", { email: "delegate.indonesia@balai.test" })).toBeTruthy();
  });
});

describe("the server appends the socket's address to X-Forwarded-For", () => {
  it("a client's invented header stays in front of the real peer, which is what gets counted", async () => {
    const http = await import("node:http");
    const { installPeerAddress } = await import("@/lib/security/peer-address");
    await installPeerAddress();
    const server = http.createServer((req, res) => res.end(clientAddressFrom(new Headers({ "x-forwarded-for": String(req.headers["x-forwarded-for"] ?? "") }))));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    try {
      const port = (server.address() as { port: number }).port;
      const seen = await (await fetch(`http://127.0.0.1:${port}/`, { headers: { "X-Forwarded-For": "198.51.100.9" } })).text();
      expect(seen).toBe("127.0.0.1");
      const plain = await (await fetch(`http://127.0.0.1:${port}/`)).text();
      expect(plain).toBe("127.0.0.1");
    } finally {
      server.close();
    }
  });
});

describe("the server refuses to start in production without a session key", () => {
  it("instrumentation's register() exits with 1 and says why", async () => {
    const { vi } = await import("vitest");
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    const exit = vi.spyOn(process, "exit").mockImplementation((() => {
      throw new Error("exit");
    }) as never);
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const { register } = await import("@/instrumentation");
      await expect(register()).rejects.toThrow("exit");
      expect(exit).toHaveBeenCalledWith(1);
      expect(String(error.mock.calls[0]?.[0])).toMatch(/NEXTAUTH_SECRET is not set/);
    } finally {
      exit.mockRestore();
      error.mockRestore();
      vi.unstubAllEnvs();
    }
  });
});

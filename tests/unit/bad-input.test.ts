import { describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";

// The database is up for these checks (fail-closed behaviour has its own test in tests/integration/fail-closed).
vi.mock("@/lib/health/probe", () => ({ probeDatabase: async () => ({ ok: true }) }));
import { hasNulCharacter, proxy } from "@/proxy";
import { isUnstorableValue } from "@/lib/errors";

const req = (path: string, cookie?: string) =>
  new NextRequest(`http://localhost${path}`, cookie ? { headers: { cookie } } : undefined);

describe("proxy: addresses with a NUL character", () => {
  it("answers 400 with a plain message on any route, signed in or not", async () => {
    for (const path of ["/forums/%00", "/presenters?q=a%00b", "/api/calendar/sessions/x%00", "/manage/presenters/%00"]) {
      for (const cookie of [undefined, "next-auth.session-token=anything"]) {
        const res = await proxy(req(path, cookie));
        expect(res.status, path).toBe(400);
        expect(await res.text()).toMatch(/character that is not allowed/);
      }
    }
  });

  it("lets ordinary addresses through and still sends anonymous visitors of the console to sign-in", async () => {
    expect((await proxy(req("/forums/gabf-2027-bali?view=grid"))).headers.get("x-middleware-next")).toBe("1");
    expect((await proxy(req("/forums/a%2500"))).status).not.toBe(400); // an encoded "%00" text is not a NUL
    const redirected = await proxy(req("/manage/forums?x=1"));
    expect(redirected.status).toBe(307);
    expect(redirected.headers.get("location")).toBe("http://localhost/sign-in?callbackUrl=%2Fmanage%2Fforums%3Fx%3D1");
    expect((await proxy(req("/my-agenda"))).status).toBe(307);
    expect((await proxy(req("/managed-elsewhere"))).headers.get("x-middleware-next")).toBe("1");
    expect((await proxy(req("/manage", "next-auth.session-token=t"))).headers.get("x-middleware-next")).toBe("1");
  });

  it("spots raw and encoded NULs only", () => {
    expect(hasNulCharacter("/a\u0000")).toBe(true);
    expect(hasNulCharacter("/a?b=%00")).toBe(true);
    expect(hasNulCharacter("/a?b=%2500")).toBe(false);
  });
});

describe("isUnstorableValue", () => {
  it("recognises PostgreSQL's refusal of a NUL or an out-of-range number however Prisma wraps it, and nothing else", () => {
    const driver = { name: "DriverAdapterError", cause: { originalCode: "22021", kind: "postgres" } };
    expect(isUnstorableValue(driver)).toBe(true);
    expect(isUnstorableValue({ code: "P2010", meta: { driverAdapterError: driver } })).toBe(true);
    expect(isUnstorableValue(new Error("wrapped", { cause: driver }))).toBe(true);
    expect(isUnstorableValue({ code: "P2020", meta: { modelName: "Forum" } })).toBe(true); // an Int beyond 2^31
    expect(isUnstorableValue({ cause: { originalCode: "23505" } })).toBe(false);
    expect(isUnstorableValue(new TypeError("x"))).toBe(false);
    expect(isUnstorableValue(null)).toBe(false);
  });
});

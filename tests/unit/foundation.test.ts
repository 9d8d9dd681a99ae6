import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { poolConfigFromUrl } from "@/lib/pg-config";
import { resolveAuthSecret } from "@/lib/auth/secret";
import { navItemsFor } from "@/components/nav-items";
import type { CurrentUser } from "@/lib/auth/roles";
import { may } from "@/lib/auth/permissions";
import { signInSchema } from "@/lib/auth/schema";

const user = (role: CurrentUser["role"]): CurrentUser => ({ id: "u", email: "u@example.test", name: "U", role, memberStateId: null, memberStateName: null });

describe("database URL parsing", () => {
  it("splits a URL into pool fields so the shadow database name is not overridden", () => {
    expect(poolConfigFromUrl("postgresql://app:s%40cret@db.internal:6543/balai?sslmode=require&connection_limit=5")).toMatchObject({
      host: "db.internal",
      port: 6543,
      user: "app",
      password: "s@cret",
      database: "balai",
      ssl: { rejectUnauthorized: false },
      max: 5,
    });
    expect(poolConfigFromUrl("postgresql://postgres@127.0.0.1/postgres")).toMatchObject({ port: 5432, ssl: undefined, password: undefined });
  });
});

describe("session signing key", () => {
  const cwd = process.cwd();
  afterEach(() => {
    vi.unstubAllEnvs();
    process.chdir(cwd);
  });

  it("refuses to run in production without NEXTAUTH_SECRET and says why", () => {
    vi.stubEnv("NODE_ENV", "production");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    expect(() => resolveAuthSecret()).toThrow(/NEXTAUTH_SECRET must be set in production/);
  });

  it("generates one in development and keeps it between restarts", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "balai-secret-"));
    process.chdir(dir);
    vi.stubEnv("NODE_ENV", "development");
    vi.stubEnv("NEXTAUTH_SECRET", "");
    const first = resolveAuthSecret();
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(resolveAuthSecret()).toBe(first);
    expect(fs.readFileSync(path.join(dir, ".data", "nextauth-secret"), "utf8")).toBe(first);
  });

  it("uses the configured secret when there is one", () => {
    vi.stubEnv("NEXTAUTH_SECRET", "configured");
    expect(resolveAuthSecret()).toBe("configured");
  });
});

describe("navigation by role", () => {
  it("shows the console only to organisers and my agenda only to signed-in users", () => {
    const labels = (u: CurrentUser | null) => navItemsFor(u).map((i) => i.label);
    expect(labels(null)).not.toContain("My agenda");
    expect(labels(null)).not.toContain("Organiser console");
    expect(labels(user("delegate"))).toContain("My agenda");
    expect(labels(user("delegate"))).not.toContain("Organiser console");
    expect(labels(user("attendee"))).not.toContain("Organiser console");
    expect(labels(user("organiser"))).toContain("Organiser console");
  });

  it("may() refuses anonymous viewers and other roles", () => {
    expect(may(null, "console.open")).toBe(false);
    expect(may(user("delegate"), "console.open")).toBe(false);
    expect(may(user("delegate"), "agenda.see-closed")).toBe(true);
  });
});

describe("sign-in input", () => {
  it("normalises the e-mail and refuses malformed input with a message per field", () => {
    expect(signInSchema.parse({ email: "  Someone@Example.TEST ", password: "x" }).email).toBe("someone@example.test");
    const bad = signInSchema.safeParse({ email: "nope", password: "" });
    expect(bad.success).toBe(false);
    const fields = bad.error!.issues.map((i) => i.path[0]);
    expect(fields).toEqual(expect.arrayContaining(["email", "password"]));
  });
});

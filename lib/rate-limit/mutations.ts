import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

export type RateLimitRule = { keyPrefix: string; points: number; durationSeconds: number };

/** Limits on public, unauthenticated entry points. Counted in the database so that every app instance shares them. */
export const RATE_LIMITS = {
  registrationPerIp: { keyPrefix: "registration:ip", points: 10, durationSeconds: 10 * 60 },
  registrationPerEmail: { keyPrefix: "registration:email", points: 5, durationSeconds: 60 * 60 },
  manageLinkPerIp: { keyPrefix: "manage-link:ip", points: 60, durationSeconds: 60 },
} satisfies Record<string, RateLimitRule>;

export type RateLimitOutcome = { ok: true } | { ok: false; retryAfterSeconds: number };

const limiters = new Map<string, RateLimiterPrisma>();

function limiterFor(rule: RateLimitRule): RateLimiterPrisma {
  let limiter = limiters.get(rule.keyPrefix);
  if (!limiter) {
    limiter = new RateLimiterPrisma({
      storeClient: db,
      // The library indexes the client by this name: Prisma's delegate for model RateLimiterFlexible.
      tableName: "rateLimiterFlexible",
      keyPrefix: rule.keyPrefix,
      points: rule.points,
      duration: rule.durationSeconds,
    });
    limiters.set(rule.keyPrefix, limiter);
  }
  return limiter;
}

/** Spends one point for `key`; refuses with the wait in whole seconds once the rule's points are used up. */
export async function consumeRateLimit(rule: RateLimitRule, key: string): Promise<RateLimitOutcome> {
  try {
    await limiterFor(rule).consume(key.slice(0, 300));
    return { ok: true };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(e.msBeforeNext / 1000)) };
    // A failing counter store must not lock everyone out; the form still has its honeypot and the database its rules.
    console.error("Rate limiter store failed; allowing the request", e);
    return { ok: true };
  }
}

/** "about 4 minutes", "45 seconds": the wait as people say it. */
export function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `about ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

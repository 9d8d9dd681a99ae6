import "server-only";
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

/**
 * Failed sign-ins, counted per account (the e-mail typed, known or not, so the lock reveals nothing) and per client
 * address, in PostgreSQL so every instance shares them (rate-limiter-flexible's login-protection pattern, with an
 * exponential block). After `freeFailures` failures within a day each further failure blocks that key for
 * `baseBlockSeconds` x 2^(n - freeFailures), at most an hour; a success clears the account's count.
 * The per-address allowance is larger: a conference hall shares one address.
 */
const RULES = {
  account: { freeFailures: 5, baseBlockSeconds: 30 },
  address: { freeFailures: 20, baseBlockSeconds: 30 },
} as const;
type Scope = keyof typeof RULES;
const MAX_BLOCK_SECONDS = 60 * 60;
const DAY = 24 * 60 * 60;

const counters = new Map<string, RateLimiterPrisma>();
function limiter(name: string, points: number, duration: number): RateLimiterPrisma {
  let l = counters.get(name);
  if (!l) {
    l = new RateLimiterPrisma({ storeClient: db, tableName: "rateLimiterFlexible", keyPrefix: name, points, duration });
    counters.set(name, l);
  }
  return l;
}
const failures = (scope: Scope) => limiter(`signin:${scope}-fails`, 1_000_000, DAY);
// Used only through block(): a key is blocked while its row says more points were used than allowed.
const blocks = (scope: Scope) => limiter(`signin:${scope}-block`, 1, DAY);

export type SignInThrottle = { ok: true } | { ok: false; retryAfterSeconds: number };

/** Whether either key is blocked now. A failing store lets the attempt through (the password check still runs). */
export async function signInAllowed(keys: Record<Scope, string>): Promise<SignInThrottle> {
  try {
    let wait = 0;
    for (const scope of Object.keys(RULES) as Scope[]) {
      const res = await blocks(scope).get(keys[scope]);
      if (res && res.consumedPoints > 1 && res.msBeforeNext > 0) wait = Math.max(wait, Math.ceil(res.msBeforeNext / 1000));
    }
    return wait > 0 ? { ok: false, retryAfterSeconds: wait } : { ok: true };
  } catch (e) {
    console.error("Sign-in throttle store failed; allowing the attempt", e);
    return { ok: true };
  }
}

export async function recordSignInFailure(keys: Record<Scope, string>): Promise<void> {
  try {
    for (const scope of Object.keys(RULES) as Scope[]) {
      const { freeFailures, baseBlockSeconds } = RULES[scope];
      const res: RateLimiterRes = await failures(scope).consume(keys[scope]);
      const over = res.consumedPoints - freeFailures;
      if (over >= 0) await blocks(scope).block(keys[scope], Math.min(MAX_BLOCK_SECONDS, baseBlockSeconds * 2 ** over));
    }
  } catch (e) {
    console.error("Sign-in throttle store failed to record a failure", e);
  }
}

export async function clearSignInFailures(accountKey: string): Promise<void> {
  await failures("account").delete(accountKey).catch(() => {});
}

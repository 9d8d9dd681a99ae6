import "server-only";
import { clientIpFrom } from "@/lib/rate-limit/client-ip";
import { consumeRateLimit, describeWait, type RateLimitRule } from "@/lib/rate-limit/mutations";

/** For route handlers: null when the caller may proceed, otherwise a 429 with Retry-After and a plain message. */
export async function rateLimitResponse(request: Request, rule: RateLimitRule): Promise<Response | null> {
  const outcome = await consumeRateLimit(rule, clientIpFrom(request.headers));
  if (outcome.ok) return null;
  return new Response(`Too many requests. Please wait ${describeWait(outcome.retryAfterSeconds)} and try again.\n`, {
    status: 429,
    headers: { "Retry-After": String(outcome.retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
  });
}

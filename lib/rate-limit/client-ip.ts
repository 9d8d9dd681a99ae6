/**
 * The caller's address: the first hop of X-Forwarded-For as set by the load balancer in front of the app.
 * Behind a proxy that appends rather than overwrites, a client could pick its own first hop; deployments must
 * configure the proxy to overwrite the header.
 */
export function clientIpFrom(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || "unknown";
}

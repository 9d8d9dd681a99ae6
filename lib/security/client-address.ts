/**
 * The caller's address, as rate limits count it. instrumentation.ts makes the server append the address of the
 * socket it accepted to X-Forwarded-For (the way a proxy does), so the last entry is always what Balai's own server
 * saw. Entries before it were written by the client or by proxies and are trusted only as far as the operator says:
 * TRUST_PROXY_HOPS=N (default 0) counts N proxies of their own in front of Balai, and the address the outermost of
 * them saw is used. A client can therefore prepend whatever it likes without leaving its own bucket.
 */
export function clientAddressFrom(headers: Pick<Headers, "get">): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!chain.length) return "unknown";
  const hops = trustedProxyHops();
  return chain[Math.max(0, chain.length - 1 - hops)]!.slice(0, 64);
}

export function trustedProxyHops(): number {
  const n = Number(process.env.TRUST_PROXY_HOPS ?? 0);
  return Number.isInteger(n) && n >= 0 && n <= 10 ? n : 0;
}

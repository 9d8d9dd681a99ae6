/**
 * True for a state-changing request that a browser sent on behalf of another site: a foreign Origin, the opaque
 * `Origin: null` (sandboxed frames, some redirects), or `Sec-Fetch-Site: cross-site`. Next.js refuses such server
 * actions too, but by throwing, which answers 500; the proxy answers 403 first, for actions and route handlers
 * alike. A request without Origin and without Sec-Fetch-Site did not come from a browser form or fetch, so it
 * carries no ambient cookies an attacker could ride on (browsers send Origin on every cross-origin POST).
 * A page with `Referrer-Policy: no-referrer` makes the browser send `Origin: null` even for its own forms;
 * Sec-Fetch-Site, which pages cannot set, then tells a same-origin post from a sandboxed or foreign one. (Next.js
 * refuses such server actions anyway, so token pages use "same-origin" rather than "no-referrer".)
 */
export function isCrossSiteWrite(request: { method: string; headers: Pick<Headers, "get"> }): boolean {
  if (["GET", "HEAD", "OPTIONS"].includes(request.method.toUpperCase())) return false;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite === "cross-site") return true;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  if (origin === "null") return fetchSite !== "same-origin";
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  const allowed = new Set(
    [request.headers.get("x-forwarded-host"), request.headers.get("host"), hostOf(process.env.APP_URL), hostOf(process.env.NEXTAUTH_URL)]
      .flatMap((v) => (v ? v.split(",").map((s) => s.trim().toLowerCase()) : [])),
  );
  return !allowed.has(host.toLowerCase());
}

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

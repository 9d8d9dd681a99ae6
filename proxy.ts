import { NextResponse, type NextRequest } from "next/server";
import { buildContentSecurityPolicy, newNonce, securityHeaders } from "@/lib/security/headers";
import { isCrossSiteWrite } from "@/lib/security/origin";
import { probeDatabase } from "@/lib/health/probe";

// The proxy redirects anonymous visitors to sign-in for a better experience; every page and action checks the user
// and role itself (the proxy is not a security boundary for authorization). It does hold three rules that must hold
// for every route at once:
// - every response carries the security headers, pages a Content-Security-Policy with a fresh nonce that Next.js
//   reads from the request header and puts on its own scripts (docs: guides/content-security-policy);
// - a state-changing request from another site is answered 403 before any action or handler runs (Next.js would
//   refuse a foreign server action too, but with a 500);
// - addresses carrying a NUL character (%00) get a plain 400: no route, slug, id or token can contain one and
//   PostgreSQL refuses it in any query, so without this every page that looks a URL value up would answer 500;
// - while the database is down, every request but /api/health gets a clear 503 (fail closed, and say so).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const SIGNED_IN_ONLY = /^\/(manage|my-agenda)(\/|$)/;
// Pages and files that show one person's data: never kept by a browser's or a proxy's cache.
const PERSONAL = /^\/(manage|my-agenda|registrations|invitations|sign-in|dev|api\/(registrations|manage|calendar\/feeds|auth))(\/|$)/;

export async function proxy(request: NextRequest) {
  const production = process.env.NODE_ENV === "production";
  const nonce = newNonce();
  const csp = buildContentSecurityPolicy({ nonce, production });
  const finish = (response: NextResponse) => {
    for (const [k, v] of Object.entries(securityHeaders({ production }))) response.headers.set(k, v);
    response.headers.set("Content-Security-Policy", csp);
    if (PERSONAL.test(request.nextUrl.pathname) || SESSION_COOKIES.some((name) => request.cookies.has(name))) {
      response.headers.set("Cache-Control", "private, no-store");
    }
    return response;
  };
  const plain = (status: number, text: string) =>
    finish(new NextResponse(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } }));

  if (hasNulCharacter(request.nextUrl.pathname + request.nextUrl.search)) {
    return plain(400, "Bad request: the address contains a character that is not allowed (%00).\n");
  }
  if (isCrossSiteWrite(request)) {
    return plain(403, "Forbidden: this change was sent from another site. Nothing was changed.\n");
  }
  if (request.nextUrl.pathname !== "/api/health") {
    const database = await probeDatabase();
    if (!database.ok) {
      const wantsHtml = (request.headers.get("accept") ?? "").includes("text/html");
      const response = wantsHtml
        ? new NextResponse(UNAVAILABLE_PAGE, { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } })
        : new NextResponse("Service temporarily unavailable: the database cannot be reached. Please try again shortly.\n", {
            status: 503,
            headers: { "Content-Type": "text/plain; charset=utf-8" },
          });
      response.headers.set("Retry-After", "30");
      response.headers.set("Cache-Control", "no-store");
      return finish(response);
    }
  }
  if (SIGNED_IN_ONLY.test(request.nextUrl.pathname)) {
    const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
    if (!signedIn) {
      const url = request.nextUrl.clone();
      url.pathname = "/sign-in";
      url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
      return finish(NextResponse.redirect(url));
    }
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  return finish(NextResponse.next({ request: { headers: requestHeaders } }));
}

// Self-contained (no script, no external style): it must render when nothing else can.
const UNAVAILABLE_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Temporarily unavailable · Balai</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1rem; color: #1f2937">
<h1 style="font-family: Georgia, serif">Balai is temporarily unavailable</h1>
<p>We cannot reach our database at the moment, so nothing can be shown or saved. Nothing you sent has been lost or
half-saved. Please try again in a minute.</p>
<p>If you are on the organising team: the health check at <code>/api/health</code> says what is wrong.</p>
</body></html>
`;

/** A NUL, raw or percent-encoded (also when a `+`-decoding step has already run). */
export function hasNulCharacter(pathAndQuery: string): boolean {
  return pathAndQuery.includes("\u0000") || /%00/i.test(pathAndQuery);
}

// Everything except Next's own static files, which get their headers from next.config.ts.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };

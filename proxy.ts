import { NextResponse, type NextRequest } from "next/server";

// The proxy redirects anonymous visitors to sign-in for a better experience; every page and action checks the user
// and role itself (the proxy is not a security boundary). It also turns away addresses carrying a NUL character
// (%00): no route, slug, id or token can contain one and PostgreSQL refuses it in any query, so without this check
// every page and feed that looks a URL value up would fail with a 500 instead of a plain 400.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
const SIGNED_IN_ONLY = /^\/(manage|my-agenda)(\/|$)/;

export function proxy(request: NextRequest) {
  if (hasNulCharacter(request.nextUrl.pathname + request.nextUrl.search)) {
    return new NextResponse("Bad request: the address contains a character that is not allowed (%00).\n", {
      status: 400,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" },
    });
  }
  if (SIGNED_IN_ONLY.test(request.nextUrl.pathname)) {
    const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
    if (!signedIn) {
      const url = request.nextUrl.clone();
      url.pathname = "/sign-in";
      url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
      return NextResponse.redirect(url);
    }
  }
  return NextResponse.next();
}

/** A NUL, raw or percent-encoded (also when a `+`-decoding step has already run). */
export function hasNulCharacter(pathAndQuery: string): boolean {
  return pathAndQuery.includes("\u0000") || /%00/i.test(pathAndQuery);
}

// Everything except Next's own static files.
export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };

import { NextResponse, type NextRequest } from "next/server";

// The proxy only redirects anonymous visitors to sign-in for a better experience; every page and action
// checks the user and role itself (the proxy is not a security boundary).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

export function proxy(request: NextRequest) {
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (!signedIn) {
    const url = request.nextUrl.clone();
    url.pathname = "/sign-in";
    url.search = `?callbackUrl=${encodeURIComponent(request.nextUrl.pathname + request.nextUrl.search)}`;
    return NextResponse.redirect(url);
  }
  return NextResponse.next();
}

export const config = { matcher: ["/manage/:path*", "/my-agenda/:path*"] };

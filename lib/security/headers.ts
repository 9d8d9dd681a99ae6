/**
 * Every security header Balai sends, built in one place: proxy.ts applies them to pages, route handlers and its own
 * answers (with a fresh nonce per response), next.config.ts to the static files the proxy does not see. A later
 * caching change (pages rendered once for an audience) must revisit the nonce: a cached page carries the nonce it
 * was rendered with, so it would need hashes or a per-response rewrite instead.
 */
export type CspOptions = { nonce: string; production: boolean; httpsOnly?: boolean };

/** True when the public URL is https: only then may the browser be told to upgrade every subresource. */
export function servedOverHttps(): boolean {
  return (process.env.APP_URL || process.env.NEXTAUTH_URL || "").startsWith("https://");
}

export function buildContentSecurityPolicy({ nonce, production, httpsOnly = production && servedOverHttps() }: CspOptions): string {
  const directives = [
    "default-src 'self'",
    // 'strict-dynamic' lets the nonced bootstrap load Next's chunks; no inline script runs without the nonce.
    // React's development overlay needs eval; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${production ? "" : " 'unsafe-eval'"}`,
    // Inline style attributes (track colours, grid placement) are data, not code; scripts stay nonce-only.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    // Not for a production build served over plain http (a demo on a LAN address): it would break every script.
    ...(httpsOnly ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A policy for responses that are never HTML run as a page (static files, feeds): nothing may run or frame them. */
export const STATIC_CONTENT_SECURITY_POLICY = "default-src 'none'; img-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

export function securityHeaders({ production }: { production: boolean }): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-Frame-Options": "DENY",
    // The check-in desk scans badges with the camera; nothing else needs a device.
    "Permissions-Policy": "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    // Browsers ignore HSTS over plain http, and a developer's localhost must not be pinned to https.
    ...(production ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A nonce with 128 random bits, base64 (the form CSP expects). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

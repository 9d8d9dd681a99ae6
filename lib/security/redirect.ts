/**
 * The one check for every redirect target taken from a request (sign-in's callbackUrl, next-auth's redirect
 * callback, any later "return to" parameter). Only a path on our own origin survives; everything else becomes the
 * fallback. Browsers treat `\` like `/` and drop tabs and newlines inside URLs, so `/\evil.example` and `/\t/evil`
 * mean `//evil.example` to them: such characters are refused outright rather than "cleaned".
 */
export function safeRedirectPath(target: unknown, origin: string, fallback = "/"): string {
  if (typeof target !== "string" || target.length === 0 || target.length > 2000) return fallback;
  // Control characters, spaces and backslashes (also percent-encoded ones, which a later decode could reveal).
  if (/[\u0000-\u0020\u007f\\]|%5c|%09|%0a|%0d|%00/i.test(target)) return fallback;
  let base: URL;
  let parsed: URL;
  try {
    base = new URL(origin);
    parsed = new URL(target, base);
  } catch {
    return fallback;
  }
  if (parsed.origin !== base.origin) return fallback;
  // An absolute URL to our own origin is fine; a relative one must be a plain path ("/x", never "//x" or "x:").
  if (!target.startsWith(base.origin + "/") && !/^\/(?![/])/.test(target)) return fallback;
  const path = `${parsed.pathname}${parsed.search}${parsed.hash}`;
  // "/%2F/evil" decodes to "//evil" in some routers; refuse a path that starts with an encoded slash.
  if (/^\/(%2f|\/)/i.test(path)) return fallback;
  return path;
}

/**
 * How long a session lasts from sign-in (SESSION_MAX_AGE_HOURS, default 12, between 1 and 720). The lifetime is
 * absolute: activity does not extend it past this, so a stolen cookie has a bounded life even if used.
 */
export function sessionMaxAgeSeconds(): number {
  const hours = Number(process.env.SESSION_MAX_AGE_HOURS ?? 12);
  return Math.round((Number.isFinite(hours) && hours >= 1 && hours <= 720 ? hours : 12) * 3600);
}

/** next-auth's own rule: the __Secure- prefix and the Secure flag when the public URL is https. */
export function sessionCookie(): { name: string; secure: boolean } {
  const secure = (process.env.NEXTAUTH_URL ?? process.env.APP_URL ?? "").startsWith("https://");
  return { name: `${secure ? "__Secure-" : ""}next-auth.session-token`, secure };
}

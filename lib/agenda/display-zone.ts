import { isValidTimeZone, sameClock } from "@/lib/time";

/** Cookie holding the viewer's choice: times in the forum's zone (default) or their own. */
export const TZ_MODE_COOKIE = "tz";
/** Cookie holding the browser's IANA zone, written by the zone switch from Intl.DateTimeFormat(). */
export const VIEWER_TZ_COOKIE = "viewer_tz";

export type ZoneMode = "forum" | "local";

export type DisplayZone = {
  /** The IANA zone every time on the page is shown in, and days are cut in. */
  zone: string;
  mode: ZoneMode;
  /** The browser's zone when known and valid, even while the forum zone is shown. */
  viewerZone: string | null;
  /** True when the viewer's zone is the forum's own, so a switch would change nothing. */
  sameAsForum: boolean;
};

/**
 * Which zone to show times in. The browser's zone comes from a cookie a visitor can edit, so it is checked
 * against the runtime's zone database; anything unknown falls back to the forum's zone.
 */
export function resolveDisplayZone(forumZone: string, mode: string | undefined, viewerZone: string | undefined): DisplayZone {
  const valid = viewerZone && viewerZone.length <= 64 && isValidTimeZone(viewerZone) ? viewerZone : null;
  const useLocal = mode === "local" && valid !== null;
  return {
    zone: useLocal ? valid : forumZone,
    mode: useLocal ? "local" : "forum",
    viewerZone: valid,
    // The same clock under another name: switching would be pointless.
    sameAsForum: valid !== null && sameClock(valid, forumZone),
  };
}

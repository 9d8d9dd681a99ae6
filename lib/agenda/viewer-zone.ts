import "server-only";
import { cookies } from "next/headers";
import { resolveDisplayZone, TZ_MODE_COOKIE, VIEWER_TZ_COOKIE, type DisplayZone } from "@/lib/agenda/display-zone";

/** The zone this request's pages show times in, from the viewer's remembered choice. */
export async function getDisplayZone(forumZone: string): Promise<DisplayZone> {
  const jar = await cookies();
  const raw = jar.get(VIEWER_TZ_COOKIE)?.value;
  let viewerZone: string | undefined;
  try {
    viewerZone = raw ? decodeURIComponent(raw) : undefined;
  } catch {
    viewerZone = undefined; // a mangled cookie is the same as none
  }
  return resolveDisplayZone(forumZone, jar.get(TZ_MODE_COOKIE)?.value, viewerZone);
}

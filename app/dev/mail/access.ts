import type { Viewer } from "@/lib/auth/roles";

/** Anyone on a development machine; in production (outbox as a fallback transport) only organisers. */
export function mayReadOutbox(viewer: Viewer): boolean {
  if (process.env.NODE_ENV !== "production") return true;
  return viewer?.role === "organiser";
}

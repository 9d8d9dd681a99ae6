import type { Viewer } from "@/lib/auth/roles";
import { may } from "@/lib/auth/permissions";

/** Anyone on a development machine; in production (outbox as a fallback transport) only organisers. */
export function mayReadOutbox(viewer: Viewer): boolean {
  if (process.env.NODE_ENV !== "production") return true;
  return may(viewer, "mail.read");
}

import type { Viewer } from "@/lib/auth/roles";

/**
 * Development only. In production the page and its raw files answer 404 to everyone: the messages hold working
 * manage links, and an organiser reading them could act as a registrant (the audit log would then say "registrant").
 */
export function mayReadOutbox(viewer: Viewer): boolean {
  void viewer;
  return process.env.NODE_ENV !== "production";
}

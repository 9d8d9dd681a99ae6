import type { WriteUpStatus } from "@/lib/generated/prisma/enums";

/** Badge tone per status; the status is always written out too, so colour is never the only cue. */
export function statusTone(status: WriteUpStatus): "neutral" | "warn" | "ok" | "danger" {
  return status === "published" ? "ok" : status === "in_review" ? "warn" : status === "unpublished" ? "danger" : "neutral";
}

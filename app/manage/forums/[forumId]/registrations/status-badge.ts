/** How each status is labelled in the console; the tone is never the only cue (the label says it). */
export const STATUS_BADGE = {
  pending: { label: "Pending", tone: "brand" },
  approved: { label: "Approved", tone: "ok" },
  waitlisted: { label: "Waitlisted", tone: "warn" },
  declined: { label: "Declined", tone: "neutral" },
  cancelled: { label: "Cancelled", tone: "neutral" },
} as const;

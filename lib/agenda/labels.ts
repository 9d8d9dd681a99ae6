import type { PresenterRole, SessionKind, SessionStatus, SessionVisibility } from "@/lib/generated/prisma/enums";

// The one set of words for each session enum, shared by the public agenda, the editor, calendars, the PDF and
// the change log, so that an organiser and a delegate read the same label for the same value.

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  plenary: "Plenary",
  panel: "Panel",
  workshop: "Workshop",
  side_event: "Side event",
  break: "Break",
};

export const VISIBILITY_LABELS: Record<SessionVisibility, string> = {
  public: "Open to all",
  registered: "Registered participants",
  delegates: "Delegates only",
};

export const SESSION_STATUS_LABELS: Record<SessionStatus, string> = {
  draft: "Draft",
  published: "Published",
  cancelled: "Cancelled",
};

export const PRESENTER_ROLE_LABELS: Record<PresenterRole, string> = {
  speaker: "Speaker",
  moderator: "Moderator",
  co_chair: "Co-chair",
};

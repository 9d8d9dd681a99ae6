import type { Role } from "@/lib/generated/prisma/enums";

export type { Role };

/** The signed-in person as the app sees them; loaded fresh from the database on every request. */
export type CurrentUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  memberStateId: string | null;
  memberStateName: string | null;
};

/** What a viewer may see of an agenda: anonymous visitors are `null`. */
export type Viewer = CurrentUser | null;

export const ROLE_LABELS: Record<Role, string> = {
  organiser: "Organiser",
  delegate: "Delegate",
  attendee: "Business attendee",
};

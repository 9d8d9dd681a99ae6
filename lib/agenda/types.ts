import type { PresenterRole, SessionKind, SessionStatus, SessionVisibility } from "@/lib/generated/prisma/enums";

/** A session as the agenda shows it: only ever built from rows the viewer may see. */
export type AgendaSession = {
  id: string;
  forumId: string;
  title: string;
  abstract: string;
  kind: SessionKind;
  startsAt: Date;
  endsAt: Date;
  visibility: SessionVisibility;
  chathamHouse: boolean;
  status: SessionStatus;
  version: number;
  updatedAt: Date;
  room: { id: string; name: string; position: number } | null;
  track: { id: string; name: string; colour: string } | null;
  presenters: AgendaPresenter[];
};

export type AgendaPresenter = {
  id: string;
  slug: string;
  name: string;
  title: string;
  organisation: string;
  role: PresenterRole;
};

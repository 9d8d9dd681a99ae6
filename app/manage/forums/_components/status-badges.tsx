import { Badge } from "@/components/ui/badge";

export function ForumStatusBadges({ status, agendaPublishedAt }: { status: "draft" | "published" | "archived"; agendaPublishedAt: Date | null }) {
  return (
    <span className="inline-flex flex-wrap gap-1">
      {status === "draft" ? <Badge tone="neutral">Draft forum</Badge> : null}
      {status === "published" ? <Badge tone="ok">Published forum</Badge> : null}
      {status === "archived" ? <Badge tone="neutral">Archived</Badge> : null}
      {agendaPublishedAt ? <Badge tone="brand">Agenda published</Badge> : <Badge tone="warn">Agenda draft</Badge>}
    </span>
  );
}

"use client";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { setForumStatusAction } from "@/lib/forums/actions";
import { useAction } from "@/components/ui/use-action";

export function ArchiveButton({ forumId, version, status }: { forumId: string; version: number; status: string }) {
  const router = useRouter();
  const { result, pending, submit } = useAction(setForumStatusAction);
  const archived = status === "archived";
  return (
    <div className="flex flex-col items-end gap-1">
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() => {
          const question = archived
            ? "Restore this forum as published?"
            : "Archive this forum? It stays readable as a past forum but leaves the list of upcoming forums.";
          if (window.confirm(question)) submit({ forumId, version, status: archived ? "published" : "archived" }, () => router.refresh());
        }}
      >
        {archived ? "Restore forum" : "Archive forum"}
      </Button>
      <p aria-live="polite" className="max-w-sm text-right text-sm text-danger">
        {result && !result.ok ? result.message : null}
      </p>
    </div>
  );
}

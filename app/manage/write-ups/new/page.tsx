import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/page-guards";
import { listEditorOptions } from "@/lib/write-ups/queries";
import { dayInZone } from "@/lib/time";
import { WriteUpEditor } from "../write-up-editor";
import { StartFromForm } from "../start-from-form";
import { startFromForums } from "../start-from-options";

export const metadata: Metadata = { title: "New write-up" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ sessionId?: string; forumId?: string }> };

/** A blank editor, or (with ?sessionId= or ?forumId=, as linked from the agenda editor) a pre-chosen starting point. */
export default async function NewWriteUpPage({ searchParams }: Props) {
  const viewer = await authorizePage("write-ups.manage");
  const sp = await searchParams;
  const options = await listEditorOptions(viewer);
  const sessionKnown = sp.sessionId && options.forums.some((f) => f.sessions.some((s) => s.id === sp.sessionId));
  const forumKnown = sp.forumId && options.forums.some((f) => f.id === sp.forumId);
  const preset = sessionKnown ? `session:${sp.sessionId}` : forumKnown ? `forum:${sp.forumId}` : undefined;

  return (
    <div>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/manage/write-ups" className="text-brand underline-offset-4 hover:underline">
          Write-ups
        </Link>
      </nav>
      <h1 className="mb-6 font-serif text-3xl font-semibold">New write-up</h1>
      <section aria-labelledby="start-heading" className={`mb-8 rounded border bg-white p-5 ${preset ? "border-brand" : "border-line"}`}>
        <h2 id="start-heading" className="mb-1 text-lg font-semibold">
          Start from a forum or session
        </h2>
        <p className="mb-4 text-sm text-muted">Quickest: the draft is pre-filled from the agenda and linked to the session and its speakers.</p>
        <StartFromForm forums={startFromForums(options)} preset={preset} />
      </section>
      <h2 className="mb-4 text-lg font-semibold">Or write from scratch</h2>
      {/* The Regional Support Office, which writes the news, works on Bangkok time. */}
      <WriteUpEditor initial={null} options={options} today={dayInZone(new Date(), "Asia/Bangkok")} />
    </div>
  );
}

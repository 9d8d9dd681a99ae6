import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { authorizePage } from "@/lib/auth/page-guards";
import { getMemberState } from "@/lib/member-states/queries";
import { MemberStateForm } from "../member-state-form";
import { DeleteMemberStateForm } from "../delete-member-state-form";

type Props = { params: Promise<{ memberStateId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await authorizePage("member-states.manage");
  const m = await getMemberState((await params).memberStateId);
  return { title: m ? `Edit ${m.name}` : "Not found" };
}

export default async function EditMemberStatePage({ params }: Props) {
  await authorizePage("member-states.manage");
  const m = await getMemberState((await params).memberStateId);
  if (!m) notFound();
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/manage/member-states" className="text-brand underline-offset-4 hover:underline">
          ← Member states
        </Link>
      </p>
      <h1 className="mb-6 font-serif text-3xl font-semibold">{m.name}</h1>
      <MemberStateForm initial={m} />

      <section aria-labelledby="delegates-heading" className="mt-10 max-w-xl">
        <h2 id="delegates-heading" className="font-serif text-2xl font-semibold">
          Delegates
        </h2>
        {m.delegates.length ? (
          <ul className="mt-3 divide-y divide-line rounded border border-line bg-white text-sm">
            {m.delegates.map((d) => (
              <li key={d.id} className="px-4 py-2">
                {d.name ?? "—"} <span className="text-muted">· {d.email}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-muted">No delegate accounts yet.</p>
        )}
        <p className="mt-3 text-sm">
          <Link href={`/manage/delegates?memberStateId=${m.id}`} className="text-brand underline underline-offset-4">
            Invite a delegate of {m.name}
          </Link>
        </p>
      </section>

      <section aria-labelledby="delete-heading" className="mt-10 max-w-xl rounded border border-line bg-white p-6">
        <h2 id="delete-heading" className="font-semibold">
          Delete from the list
        </h2>
        {m.linkedUserCount > 0 ? (
          <p className="mt-1 text-sm text-muted">
            {m.name} cannot be deleted: {m.linkedUserCount} account{m.linkedUserCount === 1 ? " is" : "s are"} linked to it, and delegate access
            depends on it. If it has left the Bali Process or become an observer, change its status instead.
          </p>
        ) : (
          <>
            <p className="mt-1 text-sm text-muted">Only for entries added by mistake. To record a change in membership, change the status instead.</p>
            <DeleteMemberStateForm id={m.id} name={m.name} openInvitations={m.openInvitationCount} />
          </>
        )}
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/page-guards";
import { MemberStateForm } from "../member-state-form";

export const metadata: Metadata = { title: "Add a member state" };

export default async function NewMemberStatePage() {
  await authorizePage("member-states.manage");
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/manage/member-states" className="text-brand underline-offset-4 hover:underline">
          ← Member states
        </Link>
      </p>
      <h1 className="mb-2 font-serif text-3xl font-semibold">Add to the list</h1>
      <p className="mb-6 max-w-xl text-muted">A new member or observer state, territory or organisation.</p>
      <MemberStateForm />
    </div>
  );
}

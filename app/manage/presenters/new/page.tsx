import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/page-guards";
import { PresenterForm } from "../presenter-form";

export const metadata: Metadata = { title: "Add a presenter" };

export default async function NewPresenterPage() {
  await authorizePage("presenters.manage");
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link href="/manage/presenters" className="text-brand underline-offset-4 hover:underline">
          ← Presenters
        </Link>
      </p>
      <h1 className="mb-6 font-serif text-3xl font-semibold">Add a presenter</h1>
      <PresenterForm />
    </div>
  );
}

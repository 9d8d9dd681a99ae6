import Link from "next/link";
import type { ReactNode } from "react";

/** A page that explains why there is nothing to show (403, 404, a bad link) and offers the way back. */
export function NoticePage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">{title}</h1>
      {children}
      <p className="mt-6">
        <Link href="/" className="text-brand underline">
          Go to the list of forums
        </Link>
      </p>
    </div>
  );
}

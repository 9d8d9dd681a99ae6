import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">Page not found</h1>
      <p className="mt-3 text-muted">
        The page may have moved, or it may not be available to you. If you followed a link from an e-mail, check that
        it is complete, or sign in if you have an account.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-brand underline">
          Go to the list of forums
        </Link>
      </p>
    </div>
  );
}

"use client";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-muted">
        We could not show this page. Nothing you entered has been lost. Please try again in a moment.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded bg-brand px-4 py-2 text-white">
        Try again
      </button>
    </div>
  );
}

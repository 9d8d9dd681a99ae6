import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16">
      <h1 className="font-serif text-3xl font-semibold">Organisers only</h1>
      <p className="mt-3 text-muted">
        This part of Balai is for forum organisers. Your account does not have that role. If you think it should,
        ask the forum&apos;s organisers.
      </p>
      <p className="mt-6">
        <Link href="/" className="text-brand underline">
          Go to the list of forums
        </Link>
      </p>
    </div>
  );
}

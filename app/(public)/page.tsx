import { getCurrentUser } from "@/lib/auth/current-user";
import { listForumsForHome } from "@/lib/forums/queries";
import { ForumCard } from "@/components/forum-card";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const viewer = await getCurrentUser();
  const { upcoming, past } = await listForumsForHome(viewer);
  return (
    <>
      <section className="border-b border-line bg-white">
        <div className="mx-auto max-w-6xl px-4 py-10">
          <p className="text-sm font-medium uppercase tracking-wide text-accent">The Bali Process</p>
          <h1 className="mt-1 max-w-3xl font-serif text-4xl font-semibold leading-tight">
            Forums where governments and business work together against trafficking, forced labour and scam centres
          </h1>
          <p className="mt-4 max-w-3xl text-muted">
            Read agendas, register to attend the Government and Business Forum, and follow news reports of what the
            forums discussed.
          </p>
        </div>
      </section>
      <div className="mx-auto max-w-6xl px-4 py-8">
        <section aria-labelledby="upcoming-heading">
          <h2 id="upcoming-heading" className="mb-4 font-serif text-2xl font-semibold">
            Upcoming forums
          </h2>
          {upcoming.length ? (
            <div className="grid gap-4 md:grid-cols-2">
              {upcoming.map((f) => (
                <ForumCard key={f.id} forum={f} />
              ))}
            </div>
          ) : (
            <p className="text-muted">No upcoming forums have been announced yet.</p>
          )}
        </section>
        <section aria-labelledby="past-heading" className="mt-10">
          <h2 id="past-heading" className="mb-4 font-serif text-2xl font-semibold">
            Past forums
          </h2>
          {past.length ? (
            <div className="grid gap-4 md:grid-cols-2">
              {past.map((f) => (
                <ForumCard key={f.id} forum={f} />
              ))}
            </div>
          ) : (
            <p className="text-muted">No past forums yet.</p>
          )}
        </section>
      </div>
    </>
  );
}

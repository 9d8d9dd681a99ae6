// Demo data for development and the browser tests. Idempotent: rows are keyed by slug, name, e-mail or a fixed
// id and created only when missing, so seeding twice changes nothing (and never undoes an organiser's edits).
import { hashPassword } from "@/lib/auth/password";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { DEFAULT_LOCAL_URL } from "@/lib/pg-config";
import { dateOnlyToDate, daysBetween, zonedToUtc } from "@/lib/time";
import { memberStates } from "./seed-data/member-states";
import { DEMO_PASSWORD, demoAccounts } from "./seed-data/accounts";
import { forums, presenters } from "./seed-data/forums";
import { writeUps } from "./seed-data/write-ups";

export { DEMO_PASSWORD, demoAccounts };

export async function seed(prisma: PrismaClient): Promise<void> {
  for (const s of memberStates) {
    await prisma.memberState.upsert({ where: { name: s.name }, update: {}, create: s });
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of demoAccounts) {
    const state = a.memberState ? await prisma.memberState.findUniqueOrThrow({ where: { name: a.memberState } }) : null;
    await prisma.user.upsert({
      where: { email: a.email },
      update: {},
      create: { email: a.email, name: a.name, role: a.role, passwordHash, memberStateId: state?.id ?? null },
    });
  }
  const organiser = await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts[0].email } });

  for (const p of presenters) {
    await prisma.presenter.upsert({ where: { slug: p.slug }, update: {}, create: p });
  }
  const presenterIds = new Map((await prisma.presenter.findMany({ select: { id: true, slug: true } })).map((p) => [p.slug, p.id]));

  for (const f of forums) {
    const existing = await prisma.forum.findUnique({ where: { slug: f.slug } });
    if (existing) continue;
    const days = daysBetween(f.startsOn, f.endsOn);
    await prisma.$transaction(async (tx) => {
      const forum = await tx.forum.create({
        data: {
          slug: f.slug,
          name: f.name,
          description: f.description,
          venue: f.venue,
          city: f.city,
          country: f.country,
          timeZone: f.timeZone,
          startsOn: dateOnlyToDate(f.startsOn),
          endsOn: dateOnlyToDate(f.endsOn),
          status: f.status,
          capacity: f.capacity ?? null,
          organisationCap: f.organisationCap ?? null,
          registrationOpensAt: f.registration ? new Date(f.registration.opensAt) : null,
          registrationClosesAt: f.registration ? new Date(f.registration.closesAt) : null,
          agendaPublishedAt: f.agendaPublished ? zonedToUtc(f.startsOn, "00:00", f.timeZone) : null,
          rooms: { create: f.rooms.map((r, position) => ({ ...r, position })) },
          tracks: { create: f.tracks.map((t, position) => ({ ...t, position })) },
        },
        include: { rooms: true, tracks: true },
      });
      const roomId = (name?: string) => (name ? forum.rooms.find((r) => r.name === name)!.id : null);
      const trackId = (name?: string) => (name ? forum.tracks.find((t) => t.name === name)!.id : null);
      for (const s of f.sessions) {
        await tx.forumSession.create({
          data: {
            id: s.id,
            forumId: forum.id,
            title: s.title,
            abstract: s.abstract,
            kind: s.kind,
            startsAt: zonedToUtc(days[s.day], s.start, f.timeZone),
            endsAt: zonedToUtc(days[s.day], s.end, f.timeZone),
            roomId: roomId(s.room),
            trackId: trackId(s.track),
            visibility: s.visibility ?? "public",
            chathamHouse: s.chathamHouse ?? false,
            status: f.agendaPublished ? "published" : "draft",
            expectedAttendance: s.expectedAttendance ?? null,
            presenters: {
              create: (s.presenters ?? []).map((p, position) => ({ presenterId: presenterIds.get(p.slug)!, role: p.role, position })),
            },
          },
        });
      }
    });
  }

  for (const w of writeUps) {
    if (await prisma.writeUp.findUnique({ where: { slug: w.slug } })) continue;
    const forum = await prisma.forum.findUniqueOrThrow({ where: { slug: w.forumSlug } });
    const publishedAt = new Date(`${w.date}T03:00:00Z`);
    await prisma.writeUp.create({
      data: {
        slug: w.slug,
        title: w.title,
        summary: w.summary,
        body: w.body,
        tag: w.tag,
        date: dateOnlyToDate(w.date),
        status: "published",
        forumId: forum.id,
        authorId: organiser.id,
        reviewedById: organiser.id,
        reviewedAt: publishedAt,
        publishedAt,
        sessions: { create: w.sessionIds.map((sessionId) => ({ sessionId })) },
        presenters: { create: w.presenterSlugs.map((slug) => ({ presenterId: presenterIds.get(slug)! })) },
        quotes: {
          create: w.quotes.map((q, position) => ({
            text: q.text,
            presenterId: q.presenterSlug ? presenterIds.get(q.presenterSlug)! : null,
            attribution: q.attribution ?? "",
            position,
          })),
        },
        revisions: {
          create: { number: 1, title: w.title, summary: w.summary, body: w.body, authorId: organiser.id, createdAt: publishedAt },
        },
      },
    });
  }
}

/** True when the database holds no forums yet (the dev start seeds only then). */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.forum.count()) === 0;
}

export function printDemoSignIns(log: (line: string) => void = console.log): void {
  log("Demo sign-ins (password for all: " + DEMO_PASSWORD + "):");
  for (const a of demoAccounts) log(`  ${a.role.padEnd(10)} ${a.email}${a.memberState ? ` (${a.memberState})` : ""}`);
}

// `npm run db:seed` / `prisma db seed`
if (process.argv[1] && /seed\.ts$/.test(process.argv[1])) {
  const prisma = createPrismaClient(process.env.DATABASE_URL || DEFAULT_LOCAL_URL, 2);
  seed(prisma)
    .then(() => {
      console.log("Seeded demo data.");
      printDemoSignIns();
    })
    .catch((e) => {
      console.error(e);
      process.exitCode = 1;
    })
    .finally(() => prisma.$disconnect());
}

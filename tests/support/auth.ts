import type { CurrentUser, Role } from "@/lib/auth/roles";
import { createPrismaClient } from "@/lib/prisma-client";

/** Who the mocked getCurrentUser() returns in this test file; null = anonymous. */
export const testAuth: { user: CurrentUser | null } = { user: null };

export function signInAs(user: CurrentUser | null) {
  testAuth.user = user;
}

let seq = 0;
/** Creates a user of a role in this file's database (delegates get a member state) and returns them signed in or not. */
export async function createUser(role: Role, opts: { email?: string; name?: string } = {}): Promise<CurrentUser> {
  const prisma = createPrismaClient(process.env.DATABASE_URL!, 2);
  try {
    seq += 1;
    const email = opts.email ?? `${role}${seq}-${Date.now().toString(36)}@example.test`;
    let memberStateId: string | null = null;
    let memberStateName: string | null = null;
    if (role === "delegate") {
      const state = await prisma.memberState.upsert({
        where: { name: "Testland" },
        update: {},
        create: { name: "Testland", isoCode: "TST", kind: "state", status: "member" },
      });
      memberStateId = state.id;
      memberStateName = state.name;
    }
    const user = await prisma.user.create({
      data: { email, name: opts.name ?? `Test ${role} ${seq}`, role, memberStateId },
    });
    return { id: user.id, email: user.email, name: user.name, role: user.role, memberStateId, memberStateName };
  } finally {
    await prisma.$disconnect();
  }
}

/** Signs in as a new user of each role in turn: handy for "only organisers may" tests. */
export async function usersByRole() {
  return {
    organiser: await createUser("organiser"),
    delegate: await createUser("delegate"),
    attendee: await createUser("attendee"),
  };
}

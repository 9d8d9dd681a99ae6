import { expect } from "vitest";
import { signInAs, type usersByRole } from "./auth";
import type { CurrentUser } from "@/lib/auth/roles";

/**
 * Calls an organiser-only action as an anonymous caller, a delegate and an attendee: each must be refused with the
 * right code and `snapshot()` (everything the action could touch) must not change. Ends signed in as the organiser.
 */
export async function expectRefusedForNonOrganisers(
  users: Awaited<ReturnType<typeof usersByRole>>,
  snapshot: () => Promise<unknown>,
  call: () => Promise<{ ok: boolean; code?: string }>,
) {
  const before = await snapshot();
  const cases: [CurrentUser | null, string][] = [
    [null, "unauthenticated"],
    [users.delegate, "forbidden"],
    [users.attendee, "forbidden"],
  ];
  for (const [user, code] of cases) {
    signInAs(user);
    expect(await call()).toMatchObject({ ok: false, code });
  }
  expect(await snapshot()).toEqual(before);
  signInAs(users.organiser);
}

import { signOutAction } from "@/lib/auth/actions";

/** A real form: signing out works before the page's script has loaded, and ends every session of the account. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="rounded border border-white/60 px-3 py-1 text-white hover:bg-white/10">
        Sign out
      </button>
    </form>
  );
}

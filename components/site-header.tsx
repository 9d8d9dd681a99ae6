import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { SignOutButton } from "@/components/sign-out-button";
import { navItemsFor } from "@/components/nav-items";

export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="no-print bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/" className="flex items-baseline gap-2 no-underline">
          <span className="font-serif text-2xl font-semibold tracking-wide">Balai</span>
          <span className="hidden text-sm text-blue-100 sm:inline">Bali Process forums</span>
        </Link>
        <nav aria-label="Main" className="flex-1">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {navItemsFor(user).map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="text-white underline-offset-4 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="flex items-center gap-3 text-sm">
          {user ? (
            <>
              <span className="text-blue-100">
                {user.name ?? user.email}
                <span className="sr-only">, signed in as</span>
                <span className="ml-2 rounded bg-brand-dark px-2 py-0.5 text-xs text-white">
                  {ROLE_LABELS[user.role]}
                  {user.memberStateName ? ` · ${user.memberStateName}` : ""}
                </span>
              </span>
              <SignOutButton />
            </>
          ) : (
            <Link href="/sign-in" className="rounded border border-white/60 px-3 py-1 text-white hover:bg-white/10">
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}

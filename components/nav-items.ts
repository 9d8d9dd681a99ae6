import type { CurrentUser } from "@/lib/auth/roles";
import { may } from "@/lib/auth/permissions";

export type NavItem = { href: string; label: string };

/** Navigation fits the role: everyone sees forums and news; signed-in users their agenda; organisers the console. */
export function navItemsFor(user: CurrentUser | null): NavItem[] {
  const items: NavItem[] = [
    { href: "/", label: "Forums" },
    { href: "/news", label: "News" },
    { href: "/presenters", label: "Presenters" },
  ];
  if (user) items.push({ href: "/my-agenda", label: "My agenda" });
  if (may(user, "console.open")) items.push({ href: "/manage", label: "Organiser console" });
  return items;
}

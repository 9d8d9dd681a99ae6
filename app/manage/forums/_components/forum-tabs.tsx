"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

type Tab = { href: string; label: string; exact?: boolean; also?: string[] };

/** The forum's sections as a navigation bar; the current one is marked for assistive technology and by a rule. */
export function ForumTabs({ tabs }: { tabs: Tab[] }) {
  const path = usePathname();
  return (
    <nav aria-label="Forum sections" className="no-print mt-4 border-b border-line">
      <ul className="-mb-px flex flex-wrap gap-1">
        {tabs.map((t) => {
          const under = (href: string) => path === href || path.startsWith(`${href}/`);
          const current = t.exact ? path === t.href : under(t.href) || (t.also ?? []).some(under);
          return (
            <li key={t.href}>
              <Link
                href={t.href}
                aria-current={current ? "page" : undefined}
                className={`block border-b-4 px-3 py-2 text-sm ${current ? "border-brand font-semibold text-ink" : "border-transparent text-brand hover:border-line"}`}
              >
                {t.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

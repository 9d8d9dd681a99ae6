import Link from "next/link";
import { authorizePage } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";

const sections = [
  { href: "/manage", label: "Overview" },
  { href: "/manage/forums", label: "Forums and agendas" },
  { href: "/manage/presenters", label: "Presenters" },
  { href: "/manage/write-ups", label: "Write-ups" },
  { href: "/manage/member-states", label: "Member states" },
  { href: "/manage/delegates", label: "Delegates" },
  { href: "/manage/mail", label: "Mail delivery" },
  { href: "/manage/audit", label: "Audit log" },
];

/** The organiser console. Pages and actions check the role themselves too; this only keeps others out of view. */
export default async function ManageLayout({ children }: { children: React.ReactNode }) {
  await authorizePage("console.open");
  return (
    <div className="mx-auto flex max-w-7xl flex-col gap-6 px-4 py-6 lg:flex-row">
      <nav aria-label="Organiser console" className="no-print lg:w-56 lg:shrink-0">
        <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted">Organiser console</p>
        <ul className="flex flex-wrap gap-2 lg:flex-col lg:gap-1">
          {sections.map((s) => (
            <li key={s.href}>
              <Link href={s.href} className="block rounded px-3 py-1.5 text-sm text-brand hover:bg-accent-light">
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}

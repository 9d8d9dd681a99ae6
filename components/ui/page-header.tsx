import type { ReactNode } from "react";

export function PageHeader({ title, eyebrow, children, actions }: { title: string; eyebrow?: ReactNode; children?: ReactNode; actions?: ReactNode }) {
  return (
    <div className="border-b border-line bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-end justify-between gap-4 px-4 py-6">
        <div>
          {eyebrow ? <p className="text-sm font-medium uppercase tracking-wide text-accent">{eyebrow}</p> : null}
          <h1 className="font-serif text-3xl font-semibold text-ink">{title}</h1>
          {children ? <div className="mt-2 text-muted">{children}</div> : null}
        </div>
        {actions ? <div className="no-print flex flex-wrap gap-2">{actions}</div> : null}
      </div>
    </div>
  );
}

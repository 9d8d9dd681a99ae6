import type { ReactNode } from "react";

const tones = {
  neutral: "bg-gray-100 text-gray-800 border-gray-300",
  brand: "bg-blue-50 text-brand border-blue-200",
  accent: "bg-accent-light text-accent border-teal-200",
  warn: "bg-warn-light text-warn border-amber-300",
  danger: "bg-danger-light text-danger border-red-200",
  ok: "bg-ok-light text-ok border-green-200",
};

export function Badge({ tone = "neutral", children, title }: { tone?: keyof typeof tones; children: ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center rounded border px-2 py-0.5 text-xs font-medium ${tones[tone]}`}>
      {children}
    </span>
  );
}

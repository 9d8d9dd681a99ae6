import type { ReactNode } from "react";

const tones = {
  info: "border-accent bg-accent-light text-ink",
  success: "border-ok bg-ok-light text-ink",
  warning: "border-warn bg-warn-light text-ink",
  error: "border-danger bg-danger-light text-ink",
};

export function Alert({ tone = "info", title, children }: { tone?: keyof typeof tones; title?: string; children?: ReactNode }) {
  return (
    <div role={tone === "error" ? "alert" : "status"} className={`mb-4 rounded border-l-4 px-4 py-3 text-sm ${tones[tone]}`}>
      {title ? <p className="font-semibold">{title}</p> : null}
      {children}
    </div>
  );
}

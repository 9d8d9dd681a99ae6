"use client";
import { useEffect, useState } from "react";
import { TZ_MODE_COOKIE, VIEWER_TZ_COOKIE, type ZoneMode } from "@/lib/agenda/display-zone";

const YEAR = 60 * 60 * 24 * 365;

function setCookie(name: string, value: string) {
  document.cookie = `${name}=${encodeURIComponent(value)}; Path=/; Max-Age=${YEAR}; SameSite=Lax`;
}

function browserZone(): string | null {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || null;
  } catch {
    return null;
  }
}

/**
 * Switches between the forum's zone and the viewer's own. The page is rendered on the server in the chosen zone
 * (so days are cut there too); this only records the choice and the browser's zone in cookies and reloads.
 */
export function ZoneSwitch({ mode, forumZoneLabel, knownViewerZone }: { mode: ZoneMode; forumZoneLabel: string; knownViewerZone: string | null }) {
  const [zone, setZone] = useState<string | null>(knownViewerZone);

  useEffect(() => {
    const detected = browserZone();
    if (detected && detected !== knownViewerZone) {
      setCookie(VIEWER_TZ_COOKIE, detected);
      // The server showed the forum zone because it did not know this browser's zone yet.
      if (mode === "local" || knownViewerZone) window.location.reload();
      // eslint-disable-next-line react-hooks/set-state-in-effect -- the zone is only knowable in the browser
      else setZone(detected);
    }
  }, [knownViewerZone, mode]);

  function choose(next: ZoneMode) {
    if (next === mode) return;
    const detected = browserZone();
    if (detected) setCookie(VIEWER_TZ_COOKIE, detected);
    setCookie(TZ_MODE_COOKIE, next);
    window.location.reload();
  }

  if (!zone) return null;
  const option = (value: ZoneMode, label: string) => (
    <button
      type="button"
      aria-pressed={mode === value}
      onClick={() => choose(value)}
      className={`rounded px-3 py-1.5 text-sm font-medium ${mode === value ? "bg-brand text-white" : "bg-white text-brand hover:bg-accent-light"}`}
    >
      {label}
    </button>
  );
  return (
    <div role="group" aria-label="Show times in" className="no-print inline-flex flex-wrap items-center gap-1 rounded border border-brand p-0.5">
      {option("forum", `Forum time (${forumZoneLabel})`)}
      {option("local", `My time (${zone.replace(/_/g, " ")})`)}
    </div>
  );
}

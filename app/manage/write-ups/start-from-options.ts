import type { EditorOptions } from "@/lib/write-ups/queries";
import { dayInZone, formatDay, timeInZone } from "@/lib/time";
import type { StartFromForum } from "./start-from-form";

/** The editor's forum and session list, labelled for the start-from picker (closed sessions say so in words). */
export function startFromForums(options: EditorOptions): StartFromForum[] {
  return options.forums.map((f) => ({
    id: f.id,
    name: f.name,
    sessions: f.sessions.map((s) => {
      const at = new Date(s.startsAt);
      const flags = [s.chathamHouse ? "Chatham House" : "", s.visibility === "delegates" ? "delegates only" : ""].filter(Boolean).join(", ");
      return { id: s.id, label: `${formatDay(dayInZone(at, f.timeZone), { year: false })} ${timeInZone(at, f.timeZone)}: ${s.title}${flags ? ` (${flags})` : ""}` };
    }),
  }));
}

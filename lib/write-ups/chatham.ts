/**
 * The Chatham House guard, as pure logic shared by the editor (live warnings while typing) and the mutation
 * (the refusal that counts). Under the Chatham House rule, and in closed (delegates-only) sessions, what was said
 * may be reported but not who said it: a quote may not name one of those sessions' presenters.
 */

export type GuardSession = {
  id: string;
  title: string;
  chathamHouse: boolean;
  visibility: "public" | "registered" | "delegates";
  presenters: { id: string; name: string }[];
};

export type GuardQuote = { text: string; presenterId: string | null; attribution: string };

export function isProtectedSession(s: Pick<GuardSession, "chathamHouse" | "visibility">): boolean {
  return s.chathamHouse || s.visibility === "delegates";
}

/** Presenters of linked Chatham House or closed sessions, with the session that protects each one. */
export function protectedPresenters(sessions: GuardSession[]): Map<string, { name: string; session: GuardSession }> {
  const out = new Map<string, { name: string; session: GuardSession }>();
  for (const s of sessions) {
    if (!isProtectedSession(s)) continue;
    for (const p of s.presenters) if (!out.has(p.id)) out.set(p.id, { name: p.name, session: s });
  }
  return out;
}

function ruleName(s: GuardSession): string {
  return s.chathamHouse ? "Chatham House rule" : "Closed session";
}

function mentions(text: string, name: string): boolean {
  const n = name.trim().toLowerCase();
  return n.length > 1 && text.toLowerCase().includes(n);
}

/** Field errors for quotes attributed to a protected presenter, keyed like the form's fields ("quotes.0.presenterId"). */
export function quoteAttributionErrors(sessions: GuardSession[], quotes: GuardQuote[]): Record<string, string[]> {
  const guarded = protectedPresenters(sessions);
  const errors: Record<string, string[]> = {};
  quotes.forEach((q, i) => {
    const byId = q.presenterId ? guarded.get(q.presenterId) : undefined;
    if (byId) {
      errors[`quotes.${i}.presenterId`] = [
        `${ruleName(byId.session)}: "${byId.session.title}" may not have statements attributed to its presenters. Leave this quote unattributed or describe the speaker in general terms (e.g. "a participant from the banking sector").`,
      ];
    }
    for (const p of guarded.values()) {
      if (mentions(q.attribution, p.name)) {
        errors[`quotes.${i}.attribution`] = [
          `${ruleName(p.session)}: do not name ${p.name} as the source of a quote from "${p.session.title}".`,
        ];
        break;
      }
    }
  });
  return errors;
}

/** Warnings (not refusals) when a protected presenter's name appears in the text: the author should check it. */
export function chathamWarnings(
  sessions: GuardSession[],
  text: { title?: string; summary?: string; body?: string; quotes?: GuardQuote[] },
): string[] {
  const guarded = protectedPresenters(sessions);
  const places: [string, string][] = [
    ["title", text.title ?? ""],
    ["summary", text.summary ?? ""],
    ["body", text.body ?? ""],
    ...(text.quotes ?? []).map((q, i): [string, string] => [`quote ${i + 1}`, `${q.text} ${q.attribution}`]),
  ];
  const out: string[] = [];
  for (const p of guarded.values()) {
    const where = places.filter(([, t]) => mentions(t, p.name)).map(([w]) => w);
    if (where.length) {
      out.push(`${ruleName(p.session)}: do not attribute statements; '${p.name}' appears in the ${where.join(", ")}.`);
    }
  }
  return out;
}

/** Whether publishing needs the explicit "this covers a delegates-only session" confirmation. */
export function needsClosedConfirmation(sessions: Pick<GuardSession, "visibility">[]): boolean {
  return sessions.some((s) => s.visibility === "delegates");
}

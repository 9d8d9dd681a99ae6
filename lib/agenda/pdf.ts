import PDFDocument from "pdfkit";
import { dayInZone, formatDay, timeInZone, zoneLabel } from "@/lib/time";
import { groupByDay } from "@/lib/agenda/schedule";
import { type AgendaSession } from "@/lib/agenda/types";
import { PRESENTER_ROLE_LABELS, SESSION_KIND_LABELS } from "@/lib/agenda/labels";

type PdfForum = { name: string; venue: string; city: string; country: string; timeZone: string };

// The built-in PDF fonts only cover Windows-1252; anything else would print as garbage, so it is folded to the
// nearest Latin letters ("Việt Nam" -> "Viet Nam") or replaced.
const WIN_ANSI_EXTRAS = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code <= 0xff) || ch === "\n" || WIN_ANSI_EXTRAS.has(ch)) {
      out += ch;
      continue;
    }
    const folded = ch.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    out += /^[\x20-\x7e]+$/.test(folded) ? folded : ch === "\t" ? " " : "?";
  }
  return out;
}

/**
 * The printable agenda as an A4 PDF: one section per day (days cut in `zone`), each time labelled with its zone.
 * The caller passes only sessions the requester may see.
 */
export async function renderAgendaPdf({ forum, sessions, zone, generatedAt = new Date() }: { forum: PdfForum; sessions: AgendaSession[]; zone: string; generatedAt?: Date }): Promise<Buffer> {
  const doc = new PDFDocument({ size: "A4", margins: { top: 56, bottom: 56, left: 56, right: 56 }, bufferPages: true, info: { Title: toWinAnsi(`${forum.name}: agenda`), Author: "Balai" } });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const t = toWinAnsi;
  const width = doc.page.width - 112;
  const timeCol = 92;
  const ink = "#1b2330";
  const muted = "#4b5563";

  doc.font("Helvetica-Bold").fontSize(18).fillColor(ink).text(t(forum.name), { width });
  doc.font("Helvetica").fontSize(10).fillColor(muted).text(t([forum.venue, forum.city, forum.country].filter(Boolean).join(", ")), { width });
  doc.text(t(`Times in ${zone.replace(/_/g, " ")}. Agenda as of ${formatDay(dayInZone(generatedAt, zone))} ${timeInZone(generatedAt, zone)} ${zoneLabel(generatedAt, zone)}.`), { width });

  const days = groupByDay(sessions, zone);
  if (!days.length) doc.moveDown().fontSize(11).fillColor(ink).text("No sessions to show.");
  days.forEach(({ day, sessions: list }, i) => {
    if (i > 0) doc.addPage();
    else doc.moveDown(1);
    doc.font("Helvetica-Bold").fontSize(14).fillColor(ink).text(t(formatDay(day)), { width });
    doc.moveTo(56, doc.y + 2).lineTo(56 + width, doc.y + 2).strokeColor("#d6dae1").stroke();
    doc.moveDown(0.6);
    for (const s of list) {
      // Keep a session's lines together on one page.
      if (doc.y > doc.page.height - 56 - 70) doc.addPage();
      const top = doc.y;
      const cancelled = s.status === "cancelled";
      doc.font("Helvetica-Bold").fontSize(10).fillColor(ink).text(`${timeInZone(s.startsAt, zone)}–${timeInZone(s.endsAt, zone)}`, 56, top, { width: timeCol - 8 });
      doc.font("Helvetica").fontSize(8).fillColor(muted).text(t(zoneLabel(s.startsAt, zone)), 56, doc.y, { width: timeCol - 8 });
      const x = 56 + timeCol;
      const w = width - timeCol;
      const marks = [cancelled ? "CANCELLED" : null, s.visibility === "delegates" ? "Delegates only" : null, s.visibility === "registered" ? "Registered participants" : null, s.chathamHouse ? "Chatham House rule" : null].filter(Boolean);
      doc.font("Helvetica-Bold").fontSize(11).fillColor(ink).text(t(s.title), x, top, { width: w, strike: cancelled });
      if (marks.length) doc.font("Helvetica-Bold").fontSize(8).fillColor("#8a4b00").text(t(marks.join("  ·  ")), x, doc.y, { width: w });
      const meta = [SESSION_KIND_LABELS[s.kind], s.room?.name, s.track ? `Track: ${s.track.name}` : null].filter(Boolean).join("  ·  ");
      doc.font("Helvetica").fontSize(9).fillColor(muted).text(t(meta), x, doc.y, { width: w });
      if (s.presenters.length) {
        doc.fillColor(ink).text(t(s.presenters.map((p) => `${p.name} (${PRESENTER_ROLE_LABELS[p.role].toLowerCase()}${p.organisation ? `, ${p.organisation}` : ""})`).join("; ")), x, doc.y, { width: w });
      }
      doc.x = 56;
      doc.moveDown(0.8);
    }
  });

  const range = doc.bufferedPageRange();
  for (let p = range.start; p < range.start + range.count; p++) {
    doc.switchToPage(p);
    // Writing inside the bottom margin would otherwise make pdfkit start yet another page.
    doc.page.margins.bottom = 0;
    doc.font("Helvetica").fontSize(8).fillColor(muted).text(t(`${forum.name} · page ${p + 1} of ${range.count}`), 56, doc.page.height - 40, { width, align: "center", lineBreak: false });
  }
  doc.end();
  return done;
}

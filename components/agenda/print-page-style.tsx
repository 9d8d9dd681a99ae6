/** A4 pages with sensible margins when an agenda is printed (React hoists this into the head once). */
export function PrintPageStyle() {
  return (
    <style href="balai-agenda-print" precedence="default">{`
@media print {
  @page { size: A4; margin: 14mm 12mm; }
  body { font-size: 10.5pt; }
  a { color: inherit !important; text-decoration: none !important; }
}`}</style>
  );
}

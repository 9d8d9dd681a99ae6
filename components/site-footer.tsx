export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-line bg-white">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-muted">
        <p>
          Balai serves the forums of the Bali Process on People Smuggling, Trafficking in Persons and Related
          Transnational Crime. Sessions marked <strong>Chatham House</strong> may be reported without attribution.
        </p>
      </div>
    </footer>
  );
}

// Runs once when a server process starts (next start, next dev). The Node.js-only part lives in its own module
// so that the Edge build of this file does not see process.exit or node:http.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { onServerStart } = await import("@/lib/server-start");
    await onServerStart();
  }
}

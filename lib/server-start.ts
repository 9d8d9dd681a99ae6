/** Called once per Node.js server process by instrumentation.ts. */
export async function onServerStart() {
  // Production refuses to run with a guessable session key. (`npm run demo` sets a generated local one.)
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET) {
    console.error(
      "Balai cannot start: NEXTAUTH_SECRET is not set. Sessions would be signed with a key anyone could guess.\n" +
        "Generate one with `openssl rand -base64 32` and set it in the environment.",
    );
    process.exit(1);
  }
  // Every server learns the real address of each caller before any request is handled (lib/security/peer-address.ts).
  const { installPeerAddress } = await import("@/lib/security/peer-address");
  await installPeerAddress();
  if (process.env.NEXT_PHASE === "phase-production-build" || !process.env.DATABASE_URL) return;
  // Every instance sends queued mail; a failure to start is logged and the mail stays queued until one does.
  const { startMailWorker } = await import("@/lib/mail/worker");
  startMailWorker().catch(() => {});
}

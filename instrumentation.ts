// Runs once when a server starts. Production refuses to run with a guessable session key; every server learns the
// real address of each caller (see lib/security/peer-address.ts) before any request is handled.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NODE_ENV === "production" && !process.env.NEXTAUTH_SECRET) {
    console.error(
      "Balai cannot start: NEXTAUTH_SECRET is not set. Sessions would be signed with a key anyone could guess.\n" +
        "Generate one with `openssl rand -base64 32` and set it in the environment.",
    );
    process.exit(1);
  }
  const { installPeerAddress } = await import("@/lib/security/peer-address");
  await installPeerAddress();
}

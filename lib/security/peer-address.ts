import type { IncomingMessage } from "node:http";

/**
 * Makes the server append the address of the socket it accepted to X-Forwarded-For before Next.js sees the
 * request, exactly as a reverse proxy would. Next.js itself only fills the header when it is missing
 * (`x-forwarded-for ??= socket.remoteAddress` in base-server), so without this a client's invented header would be
 * the only address the app ever learns. See lib/security/client-address.ts for how the chain is read.
 */
export function appendPeerAddress(req: IncomingMessage): void {
  const peer = (req.socket?.remoteAddress ?? "unknown").replace(/^::ffff:/, "");
  const prior = req.headers["x-forwarded-for"];
  const chain = Array.isArray(prior) ? prior.join(", ") : prior;
  req.headers["x-forwarded-for"] = chain && chain.trim() ? `${chain}, ${peer}` : peer;
}

const INSTALLED = Symbol.for("balai.peer-address");

/** Patches http(s).Server so every 'request' event goes through appendPeerAddress first. Idempotent. */
export async function installPeerAddress(): Promise<void> {
  const http = await import("node:http");
  const https = await import("node:https");
  for (const proto of [http.Server.prototype, https.Server.prototype] as unknown as Record<PropertyKey, unknown>[]) {
    if (proto[INSTALLED]) continue;
    const emit = proto.emit as (this: unknown, event: string, ...args: unknown[]) => boolean;
    proto.emit = function (this: unknown, event: string, ...args: unknown[]) {
      if (event === "request" && args[0]) appendPeerAddress(args[0] as IncomingMessage);
      return emit.call(this, event, ...args);
    };
    proto[INSTALLED] = true;
  }
}

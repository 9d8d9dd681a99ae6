import { listOutbox as readOutbox } from "@/lib/mail/outbox";
import { drainMailQueue } from "@/lib/mail/worker";

/**
 * The outbox as a person would find it once the mail queue has caught up: delivers every queued message that is
 * due (the mail worker does this within moments in a running app), then lists the outbox.
 */
export async function listOutbox(opts: Parameters<typeof readOutbox>[0] = {}) {
  await drainMailQueue();
  return readOutbox(opts);
}

import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { outboxDir } from "@/lib/mail/send";

export type OutboxMessage = {
  id: string;
  to: string;
  subject: string;
  text: string;
  at: string;
  attachments: { filename?: string; contentType?: string }[];
};

/** Messages in the development outbox, newest first; optionally only those to one address. */
export async function listOutbox(opts: { to?: string; limit?: number } = {}): Promise<OutboxMessage[]> {
  const dir = outboxDir();
  let names: string[];
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith(".json")).sort().reverse();
  } catch {
    return [];
  }
  const out: OutboxMessage[] = [];
  for (const name of names) {
    const msg = JSON.parse(await fs.readFile(path.join(dir, name), "utf8")) as OutboxMessage;
    if (opts.to && msg.to.toLowerCase() !== opts.to.toLowerCase()) continue;
    out.push(msg);
    if (opts.limit && out.length >= opts.limit) break;
  }
  return out;
}

export async function readOutboxEml(id: string): Promise<Buffer | null> {
  if (!/^[\w-]+$/.test(id)) return null;
  try {
    return await fs.readFile(path.join(outboxDir(), `${id}.eml`));
  } catch {
    return null;
  }
}

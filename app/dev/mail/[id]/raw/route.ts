import { getCurrentUser } from "@/lib/auth/current-user";
import { readOutboxEml } from "@/lib/mail/outbox";
import { mayReadOutbox } from "../../access";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!mayReadOutbox(await getCurrentUser())) return new Response("Not found", { status: 404 });
  const { id } = await params;
  const eml = await readOutboxEml(id);
  if (!eml) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(eml), {
    headers: { "Content-Type": "message/rfc822", "Content-Disposition": `attachment; filename="${id}.eml"` },
  });
}

import { checkDatabase } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when this instance can reach the database, 503 otherwise. */
export async function GET() {
  const ok = await checkDatabase();
  return Response.json({ status: ok ? "ok" : "unavailable" }, { status: ok ? 200 : 503 });
}

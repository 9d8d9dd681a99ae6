import { checkDatabase } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

/** For load balancers and operators: 200 when this instance can query the database, 503 with the reason otherwise. */
export async function GET() {
  const db = await checkDatabase();
  return Response.json(
    db.ok ? { status: "ok", database: "reachable" } : { status: "unavailable", database: "unreachable", reason: db.reason },
    { status: db.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}

/**
 * Liveness: the process answers, without touching the database (health is readiness). Also the
 * benchmarks' framework floor.
 */
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "alive" }, { headers: { "cache-control": "no-store" } });
}

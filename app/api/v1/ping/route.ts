import { withEdgeHeaders } from "@/lib/entry/http/api";

/**
 * Liveness: the process answers, without touching the database (health is readiness). The benchmarks'
 * floor is /bench-floor/json (BENCH_FLOOR=1).
 */
export const dynamic = "force-dynamic";

export function GET() {
  return withEdgeHeaders(Response.json({ status: "alive" }, { headers: { "cache-control": "no-store" } }));
}

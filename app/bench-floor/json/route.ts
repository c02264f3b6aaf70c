import { env } from "@/lib/env";

/** The benchmarks' bare JSON route (BENCH_FLOOR=1; otherwise 404): no proxy, no handler wrapper. */
export const dynamic = "force-dynamic";

export function GET() {
  if (!env.BENCH_FLOOR) return new Response(null, { status: 404, headers: { "cache-control": "no-store" } });
  return Response.json({ status: "alive" }, { headers: { "cache-control": "no-store" } });
}

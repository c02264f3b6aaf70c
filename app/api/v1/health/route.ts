import { withEdgeHeaders } from "@/lib/entry/http/api";
import { getDb } from "@/lib/db/server";
import { checkHealth } from "@/lib/health/check-health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await checkHealth(getDb);
  return withEdgeHeaders(
    Response.json(health, {
      status: health.db === "ok" ? 200 : 503,
      headers: { "cache-control": "no-store" },
    }),
  );
}

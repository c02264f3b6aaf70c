import { notFound } from "next/navigation";
import { env } from "@/lib/env";

/** Rendered per request, as every portal page is; 404 unless the server runs with BENCH_FLOOR=1. */
export const dynamic = "force-dynamic";

export default function BenchFloorPage() {
  if (!env.BENCH_FLOOR) notFound();
  // Not user-visible: the page exists only on a benchmark server.
  return <h1>floor</h1>;
}

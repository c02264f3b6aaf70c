/**
 * One autocannon run for `npm run bench`: 10 connections for BENCH_SECONDS (default 10) against one
 * target; requests per second, p97.5 latency (autocannon has no p95) and the answers that were not 2xx.
 */
import autocannon from "autocannon";

export const BENCH_SECONDS = Number(process.env.BENCH_SECONDS ?? 10);

export type Target = {
  label: string;
  path: string;
  /** The floor this target is compared with (none for the floors themselves). */
  floor?: "json" | "page";
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
};

export type Sample = { rps: number; p975: number; non2xx: number };

export function load(base: string, target: Target): Promise<Sample> {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${base}${target.path}`,
        connections: 10,
        duration: BENCH_SECONDS,
        method: target.method ?? "GET",
        headers: target.headers,
        body: target.body,
      },
      (error, result) =>
        error
          ? reject(error)
          : resolve({
              rps: result.requests.average,
              p975: result.latency.p97_5,
              non2xx: result.non2xx + result.errors + result.timeouts,
            }),
    );
  });
}

/** A few requests first (compiles nothing in production, but fills caches and pools); must be 200. */
export async function warm(base: string, target: Target) {
  for (let index = 0; index < 10; index++) {
    const response = await fetch(`${base}${target.path}`, {
      method: target.method ?? "GET",
      headers: target.headers,
      body: target.body,
      redirect: "manual",
    });
    await response.arrayBuffer();
    if (response.status !== 200)
      throw new Error(`${target.label} ${target.path} answered ${response.status}`);
  }
}

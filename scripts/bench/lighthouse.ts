/**
 * Lighthouse (mobile, its default simulated throttling) for `npm run bench`: BENCH_LIGHTHOUSE_RUNS
 * (default 3) runs of each page, the median of each metric. Chromium: CHROME_PATH or /usr/bin/chromium.
 */
import { spawnSync } from "node:child_process";

export type PageMetrics = { lcp: number; tbt: number; cls: number; jsKiB: number; score: number };
type Audit = { numericValue?: number; details?: { items?: Array<Record<string, unknown>> } };
type Report = { audits: Record<string, Audit>; categories: { performance: { score: number } } };

export const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const flags = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
].join(" ");

/** Lighthouse now and then fails to record a trace (NO_NAVSTART): that run is tried again, twice. */
function once(url: string, cookie?: string, attempt = 1): PageMetrics {
  const run = spawnSync(
    "./node_modules/.bin/lighthouse",
    [
      url,
      "--quiet",
      "--only-categories=performance",
      "--form-factor=mobile",
      `--chrome-flags=${flags}`,
      `--extra-headers=${JSON.stringify(cookie ? { Cookie: cookie } : {})}`,
      "--output=json",
      "--output-path=stdout",
    ],
    {
      encoding: "utf8",
      maxBuffer: 256 * 1024 * 1024,
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? "/usr/bin/chromium" },
    },
  );
  if (run.status !== 0) {
    if (attempt < 3) return once(url, cookie, attempt + 1);
    throw new Error(`lighthouse ${url}: ${run.stderr.slice(-500)}`);
  }
  const report = JSON.parse(run.stdout) as Report;
  const value = (id: string) => report.audits[id]?.numericValue ?? NaN;
  const scripts = report.audits["resource-summary"]?.details?.items?.find(
    (item) => item.resourceType === "script",
  );
  return {
    lcp: value("largest-contentful-paint"),
    tbt: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    jsKiB: Number(scripts?.transferSize ?? NaN) / 1024,
    score: report.categories.performance.score * 100,
  };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

export function lighthouse(url: string, cookie?: string): PageMetrics {
  const runs = Array.from({ length: LIGHTHOUSE_RUNS }, () => once(url, cookie));
  return {
    lcp: median(runs.map((run) => run.lcp)),
    tbt: median(runs.map((run) => run.tbt)),
    cls: median(runs.map((run) => run.cls)),
    jsKiB: median(runs.map((run) => run.jsKiB)),
    score: median(runs.map((run) => run.score)),
  };
}

/**
 * The one table of `npm run bench` (Markdown), from the JSON files scripts/bench/measure.ts wrote, one
 * per database: each target's median req/s and its ratio to the floor of the same round (min / median /
 * max over the rounds); then the Lighthouse figures beside the floor page's.
 * Usage: tsx scripts/bench/print.ts <file.json>…
 */
import fs from "node:fs";
import type { PageMetrics } from "./lighthouse";
import type { Sample } from "./load";
import type { SubmissionSample } from "./submissions";

type Run = {
  database: string;
  rounds: number;
  targets: Array<{ label: string; floor?: "json" | "page" }>;
  samples: Record<string, Sample[]>;
  submitted: SubmissionSample[];
  memory: { rssMiB: number; peakMiB: number } | null;
  lab: Array<{ label: string; metrics: PageMetrics }>;
};

const runs = process.argv.slice(2).map((file) => JSON.parse(fs.readFileSync(file, "utf8")) as Run);
const floors = { json: "floor: bare JSON route", page: "floor: bare dynamic page" } as const;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const spread = (values: number[]) =>
  `${Math.min(...values).toFixed(2)} / **${median(values).toFixed(2)}** / ${Math.max(...values).toFixed(2)}`;
const ratios = (run: Run, values: number[], floor: "json" | "page") =>
  values.map((value, round) => value / run.samples[floors[floor]]![round]!.rps);

const header = ["target", ...runs.flatMap((run) => [`${run.database} (median)`, `${run.database} ÷ floor`])];
const lines = [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`];
const row = (cells: string[]) => lines.push(`| ${cells.join(" | ")} |`);

for (const { label, floor } of runs[0]!.targets) {
  row([
    label,
    ...runs.flatMap((run) => {
      const samples = run.samples[label]!;
      const failed = samples.reduce((sum, sample) => sum + sample.non2xx, 0);
      const rate = `${median(samples.map((sample) => sample.rps)).toFixed(1)} req/s`;
      const note = failed ? ` (${failed} not 2xx)` : "";
      const ratio = floor
        ? spread(
            ratios(
              run,
              samples.map((sample) => sample.rps),
              floor,
            ),
          )
        : "1";
      return [rate + note, ratio];
    }),
  ]);
}
row([
  "signed submissions/s (p95, failures)",
  ...runs.flatMap((run) => {
    const rates = run.submitted.map((batch) => batch.rate);
    const failures = run.submitted.reduce((sum, batch) => sum + batch.failures, 0);
    const p95 = median(run.submitted.map((batch) => batch.p95));
    const count = run.submitted[0]?.count ?? 0;
    return [
      `${median(rates).toFixed(1)} /s (p95 ${p95.toFixed(0)} ms, ${failures} failed; ${count} a round)`,
      spread(ratios(run, rates, "json")),
    ];
  }),
]);
row([
  "server RSS after the rounds (peak)",
  ...runs.flatMap((run) => [
    run.memory ? `${run.memory.rssMiB.toFixed(0)} MiB (${run.memory.peakMiB.toFixed(0)})` : "–",
    "",
  ]),
]);
const floorLab = (run: Run) => run.lab.find((entry) => entry.label === floors.page)?.metrics;
for (const { label } of runs.find((run) => run.lab.length)?.lab ?? []) {
  row([
    `Lighthouse: ${label}`,
    ...runs.flatMap((run) => {
      const metrics = run.lab.find((entry) => entry.label === label)?.metrics;
      const floor = floorLab(run);
      if (!metrics || !floor) return ["–", "–"];
      return [
        [
          `LCP ${(metrics.lcp / 1000).toFixed(2)} s`,
          `TBT ${metrics.tbt.toFixed(0)} ms`,
          `CLS ${metrics.cls.toFixed(3)}`,
          `JS ${metrics.jsKiB.toFixed(1)} KiB`,
          `score ${metrics.score.toFixed(0)}`,
        ].join(" · "),
        `LCP ×${(metrics.lcp / floor.lcp).toFixed(2)}, JS +${(metrics.jsKiB - floor.jsKiB).toFixed(1)} KiB`,
      ];
    }),
  ]);
}
const first = runs[0]!;
console.log(
  [
    `\n${first.rounds} interleaved rounds, 10 connections, ${process.env.BENCH_SECONDS ?? 10} s a target;`,
    ` ratios min / **median** / max against the floor of the same round`,
    ` (JSON rows: the bare JSON route; pages: the bare dynamic page); Lighthouse mobile,`,
    ` median of ${process.env.BENCH_LIGHTHOUSE_RUNS ?? 3}.\n`,
  ].join(""),
);
console.log(lines.join("\n"));

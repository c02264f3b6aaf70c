/**
 * One database's figures for `npm run bench` (scripts/bench.sh starts the server with BENCH_FLOOR=1).
 * Every target runs for BENCH_SECONDS with 10 connections, interleaved over BENCH_ROUNDS rounds (default
 * 3) with the two floors (/bench-floor/json and /bench-floor) measured in each round; each round also
 * submits BENCH_SUBMISSIONS prepared, signed requests. Then Lighthouse (mobile) of the floor page and
 * the five key pages. Usage: tsx scripts/bench/measure.ts <base> <out.json> <database label> <server pid>
 */
import fs from "node:fs";
import { lighthouse, type PageMetrics } from "./lighthouse";
import { load, warm, type Sample } from "./load";
import { submitter, type SubmissionSample } from "./submissions";
import { prepareTargets } from "./targets";

const [base = "http://127.0.0.1:3300", out = ".reports/bench.json", database = "PGlite", pid = ""] =
  process.argv.slice(2);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const perRound = Number(process.env.BENCH_SUBMISSIONS ?? 60);
const log = (line: string) => process.stderr.write(`[bench ${database}] ${line}\n`);

const { targets, signIn, applicant, submitting, iins } = await prepareTargets(base);
const all = [...targets, signIn];
for (const target of all) await warm(base, target);

const submissions = submitter(base, submitting.session, iins[2]!);
log(`preparing ${rounds} × ${perRound} signed submissions`);
const batches = [];
for (let round = 0; round < rounds; round++) batches.push(await submissions.prepare(perRound));

const samples: Record<string, Sample[]> = Object.fromEntries(all.map((target) => [target.label, []]));
const submitted: SubmissionSample[] = [];
for (let round = 0; round < rounds; round++) {
  for (const target of all) {
    samples[target.label]!.push(await load(base, target));
    log(`round ${round + 1}: ${target.label} ${samples[target.label]!.at(-1)!.rps.toFixed(1)} req/s`);
  }
  submitted.push(await submissions.submit(batches[round]!));
  log(`round ${round + 1}: submissions ${submitted.at(-1)!.rate.toFixed(1)} /s`);
}

const memory = () => {
  if (!pid) return null;
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (name: string) => Number(status.match(new RegExp(`${name}:\\s+(\\d+)`))?.[1] ?? NaN);
  return { rssMiB: kib("VmRSS") / 1024, peakMiB: kib("VmHWM") / 1024 };
};
const afterLoad = memory();

const pages: Array<{ label: string; path: string; cookie?: string }> = [
  { label: "floor: bare dynamic page", path: "/bench-floor" },
  { label: "home /kk", path: "/kk" },
  { label: "service page", path: "/kk/services/birth-registration" },
  { label: "sign-in /kk/sign-in", path: "/kk/sign-in" },
  { label: "cabinet /kk/cabinet", path: "/kk/cabinet", cookie: applicant.session },
  { label: "home-visit form", path: "/kk/cabinet/home-visits/new", cookie: applicant.session },
];
const lab: Array<{ label: string; metrics: PageMetrics }> = [];
const targetList = all.map(({ label, floor }) => ({ label, floor }));
// Written after the load and again after each Lighthouse page: a failing Lighthouse keeps the figures.
const save = () => {
  const figures = { database, rounds, targets: targetList, samples, submitted, memory: afterLoad, lab };
  fs.writeFileSync(out, JSON.stringify(figures, null, 2));
};
save();
if (process.env.BENCH_LIGHTHOUSE !== "0") {
  for (const entry of pages) {
    try {
      lab.push({ label: entry.label, metrics: lighthouse(`${base}${entry.path}`, entry.cookie) });
      log(`lighthouse ${entry.label}: LCP ${lab.at(-1)!.metrics.lcp.toFixed(0)} ms`);
    } catch (error) {
      log(String(error));
    }
    save();
  }
}

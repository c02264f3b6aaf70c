/**
 * `npm run bench:profile`: a CPU profile of the server under each benchmark target (the same sessions
 * and targets as `npm run bench`, 10 connections, BENCH_SECONDS each) and of a batch of signed
 * submissions, printed as self time by origin and the top functions. The server runs with
 * scripts/bench/profiler.mjs (SIGUSR2 starts and stops V8's profiler). Profiles are kept in
 * BENCH_PROFILE_DIR (open them in Chrome DevTools). BENCH_PROFILE_ONLY="label,label" picks targets.
 * Usage: tsx scripts/bench/profile.ts <base> <out.md> <database label> <server pid>
 */
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { BENCH_SECONDS, load, warm } from "./load";
import { printSummary } from "./profile-summary";
import { submitter } from "./submissions";
import { prepareTargets } from "./targets";

const [base = "http://127.0.0.1:3300", out = ".reports/profile.md", database = "PGlite", pid = ""] =
  process.argv.slice(2);
const folder = process.env.BENCH_PROFILE_DIR ?? ".reports/profiles";
const only = process.env.BENCH_PROFILE_ONLY?.split(",").map((label) => label.trim());
const log = (line: string) => process.stderr.write(`[profile ${database}] ${line}\n`);

let count = 0;
/** Runs `work` with the server's profiler on; the profile it wrote, renamed after the label. */
async function profiled(label: string, work: () => Promise<number>) {
  process.kill(Number(pid), "SIGUSR2");
  await sleep(200);
  const requests = await work();
  process.kill(Number(pid), "SIGUSR2");
  count += 1;
  const done = path.join(folder, `${count}.done`);
  while (!fs.existsSync(done)) await sleep(100);
  const file = path.join(folder, `${database}-${label.replace(/[^a-z0-9]+/gi, "-")}.cpuprofile`);
  fs.renameSync(path.join(folder, `${count}.cpuprofile`), file);
  log(`${label}: ${file}`);
  return printSummary(`${database} · ${label}`, JSON.parse(fs.readFileSync(file, "utf8")), requests);
}

fs.rmSync(folder, { recursive: true, force: true });
const { targets, signIn, submitting, iins } = await prepareTargets(base);
const chosen = [...targets, signIn].filter((target) => !only || only.includes(target.label));
for (const target of chosen) await warm(base, target);
const sections = [`# CPU profiles (${database}, ${BENCH_SECONDS} s a target, 10 connections)`];
for (const target of chosen) {
  sections.push(
    await profiled(target.label, async () => {
      const sample = await load(base, target);
      return Math.round(sample.rps * BENCH_SECONDS);
    }),
  );
}
if (!only || only.includes("submissions")) {
  const submissions = submitter(base, submitting.session, iins[2]!);
  const batch = await submissions.prepare(Number(process.env.BENCH_SUBMISSIONS ?? 60));
  sections.push(
    await profiled("signed submissions", async () => {
      const sample = await submissions.submit(batch);
      log(`submissions ${sample.rate.toFixed(1)} /s, p95 ${sample.p95.toFixed(0)} ms`);
      return sample.count;
    }),
  );
}
fs.writeFileSync(out, sections.join("\n") + "\n");
console.log(sections.join("\n"));

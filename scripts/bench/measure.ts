/**
 * One database's figures for `npm run bench` (scripts/bench.sh starts the server with BENCH_FLOOR=1).
 * Every target runs for BENCH_SECONDS with 10 connections, interleaved over BENCH_ROUNDS rounds (default
 * 3) with the two floors (/bench-floor/json and /bench-floor) measured in each round; each round also
 * submits BENCH_SUBMISSIONS prepared, signed requests. Then Lighthouse (mobile) of the floor page and
 * the five key pages. Usage: tsx scripts/bench/measure.ts <base> <out.json> <database label> <server pid>
 */
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { DEMO_PASSWORD, demoApplicantIins } from "../../lib/seed/seed-demo-accounts";
import { lighthouse, type PageMetrics } from "./lighthouse";
import { load, warm, type Sample, type Target } from "./load";
import { signInWithCode } from "./sign-in-with-code";
import { submitter, type SubmissionSample } from "./submissions";

const [base = "http://127.0.0.1:3300", out = ".reports/bench.json", database = "PGlite", pid = ""] =
  process.argv.slice(2);
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const perRound = Number(process.env.BENCH_SUBMISSIONS ?? 60);
const log = (line: string) => process.stderr.write(`[bench ${database}] ${line}\n`);
const origin = new URL(base).origin;

// Sessions: an applicant (cabinet, the API list, a form step), a remembered device (sign-in/s), a
// second applicant for the submissions, a clerk (the office queue, signed in through the office form).
const iins = demoApplicantIins();
const applicant = await signInWithCode(base, iins[0]!, DEMO_PASSWORD, { remember: true });
const submitting = await signInWithCode(base, iins[2]!, DEMO_PASSWORD);
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu"],
});
const page = await browser.newPage({ baseURL: base });
await page.goto("/en/office/sign-in");
await page.getByLabel("Login").fill("cr-1-clerk");
await page.getByLabel("Password").fill("qyzmet-staff-2026");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((url) => !url.pathname.includes("sign-in"));
const staff = (await page.context().cookies()).find((cookie) => cookie.name === "qz_staff");
await browser.close();
if (!staff) throw new Error("the clerk's sign-in gave no session");
const clerk = `qz_staff=${staff.value}`;

const draft = await fetch(`${base}/api/v1/applications`, {
  method: "POST",
  headers: { cookie: applicant.session, origin, "content-type": "application/json" },
  body: JSON.stringify({ serviceId: "birth-registration", data: {} }),
});
if (draft.status !== 201) throw new Error(`the form step's draft answered ${draft.status}`);
const { id: draftId } = (await draft.json()) as { id: string };

const signedIn = { cookie: applicant.session };
const targets: Target[] = [
  { label: "floor: bare JSON route", path: "/bench-floor/json" },
  { label: "floor: bare dynamic page", path: "/bench-floor" },
  { label: "GET /api/v1/ping", path: "/api/v1/ping", floor: "json" },
  { label: "GET /api/v1/services", path: "/api/v1/services", floor: "json" },
  { label: "GET result-date", path: "/api/v1/services/birth-registration/result-date", floor: "json" },
  {
    label: "GET /api/v1/applications (signed in)",
    path: "/api/v1/applications",
    floor: "json",
    headers: signedIn,
  },
  { label: "/kk", path: "/kk", floor: "page" },
  { label: "/kk/services", path: "/kk/services", floor: "page" },
  { label: "service page", path: "/kk/services/birth-registration", floor: "page" },
  { label: "/kk/cabinet", path: "/kk/cabinet", floor: "page", headers: signedIn },
  {
    label: "a form step",
    path: `/kk/cabinet/applications/${draftId}/step/child`,
    floor: "page",
    headers: signedIn,
  },
  { label: "/kk/office (clerk's queue)", path: "/kk/office", floor: "page", headers: { cookie: clerk } },
];
const signIn: Target = {
  label: "sign-in/s (remembered device)",
  path: "/api/v1/auth/sign-in",
  floor: "json",
  method: "POST",
  headers: { "content-type": "application/json", origin, cookie: applicant.device },
  body: JSON.stringify({ iin: iins[0], password: DEMO_PASSWORD }),
};
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

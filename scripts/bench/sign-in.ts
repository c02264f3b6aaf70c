import autocannon from "autocannon";
import { ARGON2_PARAMETERS, hashPassword, verifyPassword } from "../../lib/auth/passwords";
import { DEMO_PASSWORD, demoApplicantIins } from "../../lib/seed/seed-demo-accounts";
import { signInWithCode } from "./sign-in-with-code";

const base = process.argv[2] ?? "http://127.0.0.1:3300";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const samples = Number(process.env.BENCH_SIGN_INS ?? 24);

async function argon2Timing() {
  const hash = await hashPassword("benchmark password");
  const times: number[] = [];
  for (let index = 0; index < 20; index++) {
    const start = performance.now();
    await verifyPassword(hash, "benchmark password");
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function run(title: string, options: autocannon.Options) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ duration: seconds, connections: 10, ...options, title }, (error, result) =>
      error ? reject(error) : resolve(result),
    );
  });
}

const percentile = (sorted: number[], share: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;

const median = await argon2Timing();
console.log(
  [
    `argon2id: m=${ARGON2_PARAMETERS.memoryCost} KiB, t=${ARGON2_PARAMETERS.timeCost}, `,
    `p=${ARGON2_PARAMETERS.parallelism}; one verify: ${median.toFixed(1)} ms (median of 20)`,
  ].join(""),
);

// The whole sign-in with the second factor, one person at a time: password (202, the SMS code goes
// out), then the code (200, the session). Server time of both requests; reading the code not counted.
const iins = demoApplicantIins();
const times: number[] = [];
let refused = 0;
for (let index = 0; index < samples; index++) {
  try {
    times.push((await signInWithCode(base, iins[index % iins.length]!, DEMO_PASSWORD)).ms);
  } catch (error) {
    // The code limits (codes per phone per hour) answer 429: counted, not timed.
    refused += 1;
    if (refused === 1) console.log(`sign-in with the code refused: ${String(error)}`);
  }
}
times.sort((a, b) => a - b);
if (times.length) {
  console.log(
    [
      `sign-in with the SMS code (password + code), ${times.length} sign-ins: `,
      `p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`,
      refused ? ` (${refused} refused by the code limits)` : "",
    ].join(""),
  );
}

// Throughput of the remembered-device path (password + a signed device cookie: no SMS).
const { device } = await signInWithCode(base, iins[0]!, DEMO_PASSWORD, { remember: true }).catch(() => ({
  device: "",
}));
const floor = await run("floor", { url: `${base}/api/v1/ping` });
const signIn = await run("sign-in", {
  url: `${base}/api/v1/auth/sign-in`,
  method: "POST",
  headers: { "content-type": "application/json", origin: new URL(base).origin, cookie: device },
  body: JSON.stringify({ iin: iins[0], password: DEMO_PASSWORD }),
});
const ok = signIn["2xx"];
console.log(
  [
    `framework floor GET /api/v1/ping: ${floor.requests.average.toFixed(0)} req/s`,
    ` (p99 ${floor.latency.p99} ms)`,
  ].join(""),
);
console.log(
  [
    `sign-in POST /api/v1/auth/sign-in on a remembered device: ${signIn.requests.average.toFixed(1)} req/s`,
    ` (p90 ${signIn.latency.p90} ms, p99 ${signIn.latency.p99} ms, ${ok} ok, `,
    `${signIn.non2xx} non-2xx)`,
  ].join(""),
);
console.log(`sign-in / floor: ${(signIn.requests.average / floor.requests.average).toFixed(4)}`);
if (signIn.non2xx > 0 || ok === 0 || times.length === 0) process.exit(1);

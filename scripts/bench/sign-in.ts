import autocannon from "autocannon";
import { ARGON2_PARAMETERS, hashPassword, verifyPassword } from "../../lib/auth/passwords";
import { DEMO_PASSWORD, demoApplicantIins } from "../../lib/seed/seed-demo-accounts";

const base = process.argv[2] ?? "http://127.0.0.1:3300";
const seconds = Number(process.env.BENCH_SECONDS ?? 10);

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

const median = await argon2Timing();
console.log(
  [
    `argon2id: m=${ARGON2_PARAMETERS.memoryCost} KiB, t=${ARGON2_PARAMETERS.timeCost}, `,
    `p=${ARGON2_PARAMETERS.parallelism}; one verify: ${median.toFixed(1)} ms (median of 20)`,
  ].join(""),
);

const floor = await run("floor", { url: `${base}/api/v1/ping` });
const iin = demoApplicantIins()[0]!;
const signIn = await run("sign-in", {
  url: `${base}/api/v1/auth/sign-in`,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ iin, password: DEMO_PASSWORD }),
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
    `sign-in POST /api/v1/auth/sign-in: ${signIn.requests.average.toFixed(1)} req/s`,
    ` (p99 ${signIn.latency.p99} ms, ${ok} ok, ${signIn.non2xx} non-2xx)`,
  ].join(""),
);
console.log(`sign-in / floor: ${(signIn.requests.average / floor.requests.average).toFixed(4)}`);
if (signIn.non2xx > 0 || ok === 0) process.exit(1);

/**
 * Scale benchmark (PostgreSQL): seeds 100,000 submitted requests spread over every person of the
 * state database and the eight providers, then measures, with 20 concurrent clients, one applicant's
 * cabinet list (page and API) and an office queue page, beside the framework floor (the bare JSON route
 * and the bare dynamic page that bench-scale.sh turns on with BENCH_FLOOR=1).
 * Prints p50/p95/p99 latency and requests per second. Usage: tsx scripts/bench/scale.ts <base> <database-url>
 */
import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { DEMO_PASSWORD, demoApplicantIins } from "../../lib/seed/seed-demo-accounts";
import { signInWithCode } from "./sign-in-with-code";

const base = process.argv[2] ?? "http://127.0.0.1:3300";
const url = process.argv[3] ?? process.env.DATABASE_URL!;
const total = Number(process.env.BENCH_REQUESTS ?? 100_000);
const clients = 20;
const perTarget = Number(process.env.BENCH_CALLS ?? 600);
const db = new pg.Client({ connectionString: url });
await db.connect();

const benchIin = demoApplicantIins()[0]!;
const { rows: demoUser } = await db.query("select password_hash from users where iin = $1", [benchIin]);
await db.query(
  `insert into users (id, iin, phone, password_hash)
   select gen_random_uuid()::text, iin, coalesce(phone, '+77000000000'), $1 from individuals
   on conflict (iin) do nothing`,
  [demoUser[0].password_hash],
);
const started = performance.now();
// The bench applicant gets 30 requests; the rest are spread over everyone else. Statuses follow a
// plausible mix; due dates spread from 20 days ago to 30 days ahead, so some are overdue.
await db.query(
  `with people as (select id, row_number() over (order by iin) - 1 as n, count(*) over () as total
                   from users where iin <> $2),
        me as (select id from users where iin = $2),
        providers_ as (select array_agg(id order by id) as ids from providers where kind = 'civil-registry')
   insert into applications (id, user_id, service_id, status, data, number, submitted_at, registered_at,
                             due_at, term, provider_id, executor_id, prepared, created_at, updated_at)
   select gen_random_uuid()::text,
          case when g <= 30 then (select id from me)
               else (select id from people where n = g % (select max(total) from people)) end,
          (array['birth-registration','record-correction','record-restoration'])[1 + g % 3],
          s.status, '{}'::jsonb, 'BN-' || lpad(g::text, 8, '0'),
          now() - (g % 40 || ' days')::interval, now() - (g % 40 || ' days')::interval,
          now() + ((g % 50) - 20 || ' days')::interval,
          '{"amount":15,"unit":"calendar_days","countAcceptanceDay":false}'::jsonb,
          p.ids[1 + (g / 10) % array_length(p.ids, 1)],
          case when s.status in ('in_review','extended')
               then p.ids[1 + (g / 10) % array_length(p.ids, 1)] || '-executor' end,
          case when s.status in ('in_review','extended') and g % 4 = 0 then 'result' end,
          now() - (g % 40 || ' days')::interval, now() - (g % 40 || ' days')::interval
   from generate_series(1, $1::int) g
   cross join providers_ p
   cross join lateral (select (array['submitted','registered','in_review','in_review','in_review','extended',
                                     'result_ready','refused','issued','issued'])[1 + g % 10] as status) s`,
  [total, benchIin],
);
await db.query("vacuum analyze applications");
const { rows: counted } = await db.query("select count(*)::int as n from applications");
const seedSeconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`seeded ${total} requests in ${seedSeconds} s (${counted[0].n} in the table)`);

const { session: applicant } = await signInWithCode(base, benchIin, DEMO_PASSWORD);
// A staff session made directly (the office signs in through a server-action form).
const staffCookie = async (login: string) => {
  const token = randomBytes(32).toString("base64url");
  await db.query(
    `insert into staff_sessions (token_hash, staff_id, expires_at)
     values ($1, $2, now() + interval '1 hour')`,
    [createHash("sha256").update(token).digest("hex"), login],
  );
  return `qz_staff=${token}`;
};
const queueSize = async (where: string) =>
  (await db.query(`select count(*)::int as n from applications where ${where}`)).rows[0].n as number;

async function measure(label: string, path: string, cookie?: string) {
  const latencies: number[] = [];
  let failures = 0;
  let left = perTarget;
  const began = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (left-- > 0) {
        const start = performance.now();
        const response = await fetch(`${base}${path}`, { headers: cookie ? { cookie } : {} });
        await response.arrayBuffer();
        latencies.push(performance.now() - start);
        if (response.status !== 200) failures++;
      }
    }),
  );
  const seconds = (performance.now() - began) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!.toFixed(1);
  const rate = latencies.length / seconds;
  console.log(
    [
      `${label.padEnd(44)} p50 ${at(0.5).padStart(7)} ms`,
      `  p95 ${at(0.95).padStart(7)} ms`,
      `  p99 ${at(0.99).padStart(7)} ms`,
      `  ${rate.toFixed(1).padStart(7)} req/s`,
      `  ${failures} failed`,
    ].join(""),
  );
  return { rate, p95: Number(at(0.95)) };
}

for (const warm of ["/bench-floor/json", "/bench-floor", "/en/cabinet", "/api/v1/applications"])
  await fetch(`${base}${warm}`, { headers: { cookie: applicant } });
console.log(`${clients} concurrent clients, ${perTarget} requests each target`);
const floor = await measure("floor: bare JSON route", "/bench-floor/json");
const pageFloor = await measure("floor: bare dynamic page", "/bench-floor");
const page = await measure("cabinet list page: GET /en/cabinet", "/en/cabinet", applicant);
const api = await measure("cabinet list API: GET /api/v1/applications", "/api/v1/applications", applicant);
const results = [page];
const clerk = await staffCookie("cr-1-clerk");
const executor = await staffCookie("cr-1-executor");
const clerkQueue = await queueSize("provider_id = 'cr-1' and status in ('submitted','result_ready')");
const executorQueue = await queueSize(
  "provider_id = 'cr-1' and executor_id = 'cr-1-executor' and status in ('in_review','extended')",
);
console.log(`cr-1 clerk's queue holds ${clerkQueue} requests; the executor's ${executorQueue}`);
results.push(await measure("office queue page (clerk): GET /en/office", "/en/office", clerk));
results.push(await measure("office queue page (executor): GET /en/office", "/en/office", executor));
results.push(await measure("office queue page 20 (executor)", "/en/office?page=20", executor));
console.log(
  [
    `ratio to the page floor (req/s; cabinet, clerk, executor, page 20): `,
    results.map((result) => (result.rate / pageFloor.rate).toFixed(3)).join(", "),
    `; the API to the JSON floor: ${(api.rate / floor.rate).toFixed(3)}`,
  ].join(""),
);
await db.end();

/**
 * Signed submissions per second through the real API: verify the CMS, store the request and its
 * history, compute the registration and due dates. Drafts, uploads and signatures are prepared first
 * and not timed. Prints the framework floor (GET /api/v1/ping, same build) beside it.
 */
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { toAlmaty } from "../../lib/calendar";
import { DEMO_KEY_PASSWORD, DEMO_PASSWORD, demoApplicantIins } from "../../lib/seed/seed-demo-accounts";
import { openKeyFile, signDetached } from "../../lib/eds/sign-cms";
import { signInWithCode } from "./sign-in-with-code";

const base = process.argv[2] ?? "http://127.0.0.1:3300";
const count = Number(process.env.BENCH_SUBMISSIONS ?? 200);
const concurrency = 10;
const iin = demoApplicantIins()[2]!;

const { session: cookie } = await signInWithCode(base, iin, DEMO_PASSWORD);
const api = (url: string, init: RequestInit = {}) =>
  fetch(`${base}${url}`, { ...init, headers: { cookie, origin: base, ...(init.headers ?? {}) } });
const keyFolder = path.join(process.env.DATA_DIR ?? ".data/bench", "demo-keys", iin);
const keyFile = fs.readdirSync(keyFolder).find((name) => name.startsWith("RSA256_"))!;
const key = openKeyFile(new Uint8Array(fs.readFileSync(path.join(keyFolder, keyFile))), DEMO_KEY_PASSWORD);
const pdf = new Blob([`%PDF-1.4\n% bench\n%%EOF\n`], { type: "application/pdf" });

async function prepare(index: number) {
  const data = {
    childSurname: "Серіков",
    childGivenName: `Бала ${index}`,
    childBirthDate: toAlmaty(new Date()).date,
    childSex: "male",
    birthPlace: "Талғар",
    motherIin: "840201410358",
    fatherGrounds: "motherStatement",
  };
  const created = await api("/api/v1/applications", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ serviceId: "birth-registration", data }),
  });
  const { id } = (await created.json()) as { id: string };
  for (const documentType of ["application", "parentsIdentity", "medicalBirthCertificate"]) {
    const form = new FormData();
    form.set("file", pdf, `${documentType}.pdf`);
    form.set("documentType", documentType);
    form.set("applicationId", id);
    await api("/api/v1/attachments", { method: "POST", body: form });
  }
  const { payload } = (await (await api(`/api/v1/applications/${id}/signing-payload`)).json()) as {
    payload: string;
  };
  return { id, cms: signDetached(key, new Uint8Array(Buffer.from(payload, "base64"))) };
}

const prepared: Array<{ id: string; cms: string }> = [];
for (let index = 0; index < count; index += concurrency) {
  prepared.push(
    ...(await Promise.all(
      Array.from({ length: Math.min(concurrency, count - index) }, (_, offset) => prepare(index + offset)),
    )),
  );
}

let failures = 0;
const latencies: number[] = [];
const queue = [...prepared];
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const begin = performance.now();
      const response = await api(`/api/v1/applications/${next.id}/submit`, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": `bench-${next.id}` },
        body: JSON.stringify({ cms: next.cms }),
      });
      latencies.push(performance.now() - begin);
      if (response.status !== 201) failures++;
    }
  }),
);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const floor = await new Promise<autocannon.Result>((resolve, reject) =>
  autocannon({ url: `${base}/api/v1/ping`, duration: 8, connections: 10 }, (error, result) =>
    error ? reject(error) : resolve(result),
  ),
);
const rate = count / seconds;
console.log(`database: ${process.env.DATABASE_URL ? "PostgreSQL" : "PGlite"}`);
console.log(
  [
    `signed submissions: ${count} in ${seconds.toFixed(2)} s = ${rate.toFixed(1)} /s`,
    ` (concurrency ${concurrency}, p95 ${latencies[Math.floor(latencies.length * 0.95)]!.toFixed(0)} ms,`,
    ` ${failures} failed)`,
  ].join(""),
);
console.log(
  [
    `framework floor GET /api/v1/ping: ${floor.requests.average.toFixed(0)} req/s;`,
    ` submissions / floor: ${(rate / floor.requests.average).toFixed(4)}`,
  ].join(""),
);
if (failures > 0) process.exit(1);

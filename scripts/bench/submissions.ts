/**
 * Signed submissions for `npm run bench`: drafts, uploads and signatures prepared first (not timed),
 * then POST …/submit at concurrency 10 (verify the CMS, store the request and its history, compute the
 * dates). Rate, p95 and failures per batch.
 */
import fs from "node:fs";
import path from "node:path";
import { toAlmaty } from "../../lib/calendar";
import { openKeyFile, signDetached } from "../../lib/eds/sign-cms";
import { DEMO_KEY_PASSWORD } from "../../lib/seed/seed-demo-accounts";

const concurrency = 10;
export type Prepared = { id: string; cms: string };
export type SubmissionSample = { rate: number; p95: number; failures: number; count: number };

export function submitter(base: string, cookie: string, iin: string) {
  const api = (url: string, init: RequestInit = {}) =>
    fetch(`${base}${url}`, { ...init, headers: { cookie, origin: base, ...(init.headers ?? {}) } });
  const keyFolder = path.join(process.env.DATA_DIR ?? ".data/bench", "demo-keys", iin);
  const keyFile = fs.readdirSync(keyFolder).find((name) => name.startsWith("RSA256_"))!;
  const key = openKeyFile(new Uint8Array(fs.readFileSync(path.join(keyFolder, keyFile))), DEMO_KEY_PASSWORD);
  const pdf = new Blob([`%PDF-1.4\n% bench\n%%EOF\n`], { type: "application/pdf" });

  async function prepareOne(index: number): Promise<Prepared> {
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
    if (created.status !== 201) throw new Error(`a draft answered ${created.status}`);
    const { id } = (await created.json()) as { id: string };
    for (const documentType of ["application", "parentsIdentity", "medicalBirthCertificate"]) {
      const form = new FormData();
      form.set("file", pdf, `${documentType}.pdf`);
      form.set("documentType", documentType);
      form.set("applicationId", id);
      const uploaded = await api("/api/v1/attachments", { method: "POST", body: form });
      if (uploaded.status !== 201) throw new Error(`an upload answered ${uploaded.status}`);
    }
    const { payload } = (await (await api(`/api/v1/applications/${id}/signing-payload`)).json()) as {
      payload: string;
    };
    return { id, cms: signDetached(key, new Uint8Array(Buffer.from(payload, "base64"))) };
  }

  return {
    async prepare(count: number): Promise<Prepared[]> {
      const prepared: Prepared[] = [];
      for (let index = 0; index < count; index += concurrency) {
        const batch = Array.from({ length: Math.min(concurrency, count - index) }, (_, offset) =>
          prepareOne(index + offset),
        );
        prepared.push(...(await Promise.all(batch)));
      }
      return prepared;
    },
    async submit(prepared: Prepared[]): Promise<SubmissionSample> {
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
            await response.arrayBuffer();
            latencies.push(performance.now() - begin);
            if (response.status !== 201) failures++;
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      latencies.sort((a, b) => a - b);
      const p95 = latencies[Math.min(latencies.length - 1, Math.ceil(latencies.length * 0.95) - 1)] ?? 0;
      return { rate: prepared.length / seconds, p95, failures, count: prepared.length };
    },
  };
}

import { expect, type Page } from "@playwright/test";
import { computeRegisteredAt, computeResultDueAt, type Term } from "@/lib/calendar";
import { demoKeyFile, demo } from "./support";

export const tinyPdf = (name: string) => ({
  name,
  mimeType: "application/pdf",
  buffer: Buffer.from(`%PDF-1.4\n% ${name}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`),
});

/** The due date as the receipt shows it, computed with the calendar engine for a submission now. */
export function expectedDue(locale: string, term: Term): string {
  const due = computeResultDueAt(computeRegisteredAt(new Date()), term);
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "Asia/Almaty",
  }).format(due);
}

/** Attaches one file per listed document (by its visible label) and continues. */
export async function attachDocuments(
  page: Page,
  labels: { attach: string; continue: string },
  documents: string[],
) {
  for (const title of documents) {
    await page.getByLabel(`${labels.attach}: ${title}`).setInputFiles(tinyPdf(`${title.slice(0, 20)}.pdf`));
    await expect(page.getByRole("link", { name: `${title.slice(0, 20)}.pdf` })).toBeVisible();
  }
  await page.getByRole("button", { name: labels.continue }).click();
}

/** Signs on the review page with the demo applicant's SIGN key and waits for the receipt. */
export async function signAndSubmit(
  page: Page,
  iin: string,
  labels: { submit: string; keyFile: string; keyPassword: string; open: string; sign: string },
) {
  await page.getByRole("button", { name: labels.submit }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel(labels.keyFile).setInputFiles(demoKeyFile(iin, "sign"));
  await dialog.getByLabel(labels.keyPassword).fill(demo.keyPassword);
  await dialog.getByRole("button", { name: labels.open }).click();
  await expect(dialog.getByText(iin)).toBeVisible();
  await dialog.getByRole("button", { name: labels.sign, exact: true }).click();
}

/**
 * Creates, documents, signs (with the demo SIGN key, in this process) and submits a request through
 * the API.
 */
export async function submitByApi(
  api: import("@playwright/test").APIRequestContext,
  iin: string,
  serviceId: string,
  data: Record<string, string>,
  documentTypes: string[],
) {
  const fs = await import("node:fs");
  const { openKeyFile, signDetached } = await import("@/lib/eds/sign-cms");
  const { id } = await (await api.post("/api/v1/applications", { data: { serviceId, data } })).json();
  for (const documentType of documentTypes) {
    const uploaded = await api.post("/api/v1/attachments", {
      multipart: { file: tinyPdf(`${documentType}.pdf`), documentType, applicationId: id },
    });
    expect(uploaded.status()).toBe(201);
  }
  const { payload } = await (await api.get(`/api/v1/applications/${id}/signing-payload`)).json();
  const key = openKeyFile(new Uint8Array(fs.readFileSync(demoKeyFile(iin, "sign"))), demo.keyPassword);
  const cms = signDetached(key, new Uint8Array(Buffer.from(payload, "base64")));
  const submitted = await api.post(`/api/v1/applications/${id}/submit`, {
    data: { cms },
    headers: { "idempotency-key": `e2e-${id}` },
  });
  expect(submitted.status()).toBe(201);
  return (await submitted.json()) as { id: string; number: string; status: string };
}

import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { pdfQrCodes, popplerText } from "../support/pdf-qr";
import { expect, test } from "./fixtures";
import { submitByApi } from "./apply-support";
import { demo, signInByApi, staffKeyFile, staffSignIn } from "./support";

const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations.map((violation) => violation.id);
const HEAD_NAME = "БЕКЕНОВ МАРАТ ҚАЙРАТҰЛЫ";

async function staffPage(browser: Browser, login: string) {
  const page = await (await browser.newContext()).newPage();
  await staffSignIn(page, login);
  return page;
}

/** A staff member opens the request from the queue and takes one action on it. */
async function act(page: Page, number: string, action: string) {
  await page.goto("/en/office");
  await page.getByRole("link", { name: number }).click();
  await page.getByRole("button", { name: action, exact: true }).click();
  await expect(page.getByRole("status")).toBeVisible();
}

/** The head signs the prepared document in the EDS dialog with their staff key. */
async function headSigns(page: Page, number: string) {
  await page.goto("/en/office");
  await page.getByRole("link", { name: number }).click();
  await page.getByRole("button", { name: "Sign with EDS" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Key file (.p12)").setInputFiles(staffKeyFile("cr-1-head"));
  await dialog.getByLabel("Key password").fill(demo.keyPassword);
  await dialog.getByRole("button", { name: "Open the key" }).click();
  await expect(dialog.getByText("БЕКЕНОВ МАРАТ").first()).toBeVisible();
  await dialog.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Signed.");
}

/** Clicks a download link and returns the file's bytes. */
async function download(page: Page, link: string): Promise<Uint8Array> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: link }).click(),
  ]);
  return new Uint8Array(fs.readFileSync((await file.path())!));
}

/** The definition (dd) beside a term (dt) of the page's description lists. */
async function definitionOf(page: Page, term: string) {
  const terms = (await page.getByRole("term").allTextContents()).map((text) => text.trim());
  expect(terms).toContain(term);
  return page.getByRole("definition").nth(terms.indexOf(term));
}

const title =
  "the applicant downloads the signed result and the receipt as PDF: number, decision, where to collect, " +
  "the signer's name, and a QR code that opens the verify page, which confirms the signature";
test(title, async ({ browser, playwright, baseURL }) => {
  test.setTimeout(180_000);
  const applicant = await playwright.request.newContext({ baseURL });
  await signInByApi(applicant, demo.ahmetov);
  // A correction to the applicant's own birth act record (seed 002 §3-4), routed to cr-1.
  const correction = {
    actRecord: "notListed",
    actNumber: "000002",
    changeField: "surname",
    newValue: "Ахметұлы",
    reason: "Court decision",
  };
  const { id, number } = await submitByApi(applicant, demo.ahmetov, "record-correction", correction, [
    "identity",
    "certificateToChange",
    "groundsDocument",
    "feeReceipt",
  ]);
  const clerk = await staffPage(browser, "cr-1-clerk");
  await act(clerk, number, "Register");
  const head = await staffPage(browser, "cr-1-head");
  await act(head, number, "Assign an executor");
  await act(await staffPage(browser, "cr-1-executor"), number, "Prepare the result");
  await headSigns(head, number);

  // The JSON API names the signer, never the certificate's subject, and links the PDF.
  const { result } = await (await applicant.get(`/api/v1/applications/${id}`)).json();
  expect(result.signer).toEqual({ name: HEAD_NAME, organisation: expect.stringMatching(/\S/) });
  expect(result.pdfUrl).toBe(`/api/v1/applications/${id}/result/pdf`);
  const verifyUrl = `${baseURL}/en/verify?number=${result.number}`;

  const cabinet = await browser.newContext();
  await signInByApi(cabinet.request, demo.ahmetov);
  const page = await cabinet.newPage();
  await page.goto(`/en/cabinet/applications/${id}`);
  const signedBy = await definitionOf(page, "Signed by");
  await expect(signedBy).toContainText(`${HEAD_NAME}, ${result.signer.organisation}, `);
  await expect(signedBy).not.toContainText(/CN=|IIN|OU=|2\.5\.4/);
  const place = (await (await definitionOf(page, "Where the result is issued")).textContent())!.trim();
  expect(await axe(page)).toEqual([]);

  const resultBytes = await download(page, "Download the result (PDF)");
  const resultPdf = popplerText(resultBytes);
  for (const expected of [
    number,
    result.number,
    "The service has been rendered: Notice of the repeat certificate",
    place,
    HEAD_NAME,
    "Head of the service provider",
  ])
    expect(resultPdf).toContain(expected);
  expect(resultPdf).not.toMatch(/CN=|IIN|OU=/);
  expect(pdfQrCodes(resultBytes)).toEqual([verifyUrl]);

  await page.goto(`/en/cabinet/applications/${id}/receipt`);
  await expect(await definitionOf(page, "Signed by")).toContainText(HEAD_NAME);
  expect(await axe(page)).toEqual([]);
  const receiptBytes = await download(page, "Download PDF");
  const receipt = popplerText(receiptBytes);
  for (const expected of [number, result.number, "Result ready", place, HEAD_NAME])
    expect(receipt).toContain(expected);
  expect(receipt).not.toMatch(/CN=|IIN|OU=/);
  const [receiptQr] = pdfQrCodes(receiptBytes);
  expect(receiptQr).toBe(verifyUrl);

  // The QR's address, opened as a phone would: the public check confirms the head's signature.
  await page.goto(receiptQr!);
  const verdict = page.getByRole("region", {
    name: "The signature is valid: the document has not been changed",
  });
  await expect(verdict).toBeVisible();
  await expect(verdict).toContainText(HEAD_NAME);
  expect(await axe(page)).toEqual([]);

  // Another applicant: the PDF does not exist for them.
  const other = await playwright.request.newContext({ baseURL });
  await signInByApi(other, demo.serikov);
  expect((await other.get(`/api/v1/applications/${id}/result/pdf`)).status()).toBe(404);
  await Promise.all([other.dispose(), applicant.dispose(), cabinet.close()]);
});

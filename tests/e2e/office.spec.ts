import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { submitByApi, tinyPdf } from "./apply-support";
import { demo, signInByApi, staffKeyFile } from "./support";

const STAFF_PASSWORD = "qyzmet-staff-2026";
const requirementsNotMet = "The applicant or the documents do not meet the requirements";
const incompleteSet = "The set of documents is incomplete (Standard §9)";
// Corrections are to a birth act record (seed 002 §3-4): 000002 is the applicant's own birth record.
const correction = {
  actRecord: "notListed",
  actNumber: "000002",
  changeField: "surname",
  newValue: "Ахметұлы",
  reason: "Court decision",
};

async function staffPage(browser: Browser, login: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/en/office/sign-in");
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Work queue" })).toBeVisible();
  return page;
}

async function act(
  page: import("@playwright/test").Page,
  number: string,
  action: string,
  reason?: string,
  grounds: string[] = [],
) {
  await page.goto("/en/office");
  await page.getByRole("link", { name: number }).click();
  if (reason) await page.getByLabel(`${action}: Reason`).fill(reason);
  for (const ground of grounds) await page.getByLabel(ground, { exact: true }).check();
  // A refusal asks for confirmation (a required box, works without JavaScript).
  if (action.startsWith("Refuse") || action.includes("refusal"))
    await page.getByLabel("I confirm this action: it cannot be undone").check();
  await page.getByRole("button", { name: action, exact: true }).click();
  await expect(page.getByRole("status")).toBeVisible();
}

/** The definition (dd) beside a term (dt) of the page's description lists. */
async function definitionOf(page: import("@playwright/test").Page, term: string) {
  const terms = (await page.getByRole("term").allTextContents()).map((text) => text.trim());
  expect(terms).toContain(term);
  return page.getByRole("definition").nth(terms.indexOf(term));
}

/** The head signs the prepared document in the EDS dialog with their staff key. */
async function headSigns(page: import("@playwright/test").Page, number: string, login = "cr-1-head") {
  await page.goto("/en/office");
  await page.getByRole("link", { name: number }).click();
  await page.getByRole("button", { name: "Sign with EDS" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Key file (.p12)").setInputFiles(staffKeyFile(login));
  await dialog.getByLabel("Key password").fill(demo.keyPassword);
  await dialog.getByRole("button", { name: "Open the key" }).click();
  await expect(dialog.getByText("БЕКЕНОВ МАРАТ").first()).toBeVisible();
  await dialog.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(page.getByRole("status")).toHaveText("Signed.");
}

const moveRequestTitle =
  "clerk, head, executor, head and clerk move a request; the cabinet shows each status and notification";
test(moveRequestTitle, async ({ browser, playwright, baseURL }) => {
  test.setTimeout(240_000);
  const applicant = await playwright.request.newContext({ baseURL });
  await signInByApi(applicant, demo.ahmetov);
  const { id, number } = await submitByApi(applicant, demo.ahmetov, "record-correction", correction, [
    "identity",
    "certificateToChange",
    "groundsDocument",
    "feeReceipt",
  ]);

  const clerk = await staffPage(browser, "cr-1-clerk");
  await expect(clerk.getByRole("row").filter({ hasText: number })).toContainText("Submitted");
  const axe = await new AxeBuilder({ page: clerk })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await act(clerk, number, "Register");

  const head = await staffPage(browser, "cr-1-head");
  await act(head, number, "Assign an executor");
  const executor = await staffPage(browser, "cr-1-executor");
  await act(executor, number, "Extend the term", "The record is kept in another region's archive");
  await act(executor, number, "Prepare the result");
  await head.goto("/en/office");
  await head.getByRole("link", { name: number }).click();
  const requestAxe = await new AxeBuilder({ page: head })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(requestAxe.violations.map((violation) => violation.id)).toEqual([]);
  await headSigns(head, number);
  // The receipt's result date is the request page's, kept beside the extended one (issue 12 point 2).
  const cabinet = await browser.newContext();
  await signInByApi(cabinet.request, demo.ahmetov);
  const own = await cabinet.newPage();
  await own.goto(`/en/cabinet/applications/${id}/receipt`);
  const promised = (await (await definitionOf(own, "Result ready by")).textContent())!.trim();
  await own.goto(`/en/cabinet/applications/${id}`);
  await expect(await definitionOf(own, "Result ready by")).toHaveText(promised);
  await expect(await definitionOf(own, "Extended result date")).toContainText(
    "The record is kept in another region's archive",
  );
  await cabinet.close();
  const ready = await (await applicant.get(`/api/v1/applications/${id}`)).json();
  expect(ready.status).toBe("result_ready");
  expect(ready.result.kind).toBe("repeatCertificate");
  const signed = await applicant.get(ready.result.documentUrl);
  expect(JSON.parse(await signed.text()).request.number).toBe(number);
  expect((await applicant.get(ready.result.signatureUrl)).headers()["content-type"]).toBe(
    "application/pkcs7-signature",
  );
  const check = await (await applicant.get(`/api/v1/verify/${ready.result.number}`)).json();
  // The public check names the official, the organisation and the time: no IIN, no raw subject.
  expect(check).toMatchObject({
    outcome: "valid",
    kind: "repeatCertificate",
    signerName: "БЕКЕНОВ МАРАТ ҚАЙРАТҰЛЫ",
    organisation: expect.stringMatching(/\S/),
    signingTime: expect.stringMatching(/^\d{4}-/),
  });
  const { sha256: _sha256, ...shown } = check;
  expect(JSON.stringify(shown)).not.toMatch(/IIN|SERIALNUMBER|CN=|OU=|2\.5\.4\.5/);
  expect(JSON.stringify(shown).match(/\d{12}/g)).toEqual([check.providerBin]);
  await clerk.goto(`/en/verify?number=${ready.result.number}`);
  const verdict = clerk.getByRole("region", {
    name: "The signature is valid: the document has not been changed",
  });
  await expect(verdict).toBeVisible();
  await expect(verdict.getByRole("definition").nth(3)).toHaveText("БЕКЕНОВ МАРАТ ҚАЙРАТҰЛЫ");
  await expect(verdict.getByRole("definition").nth(4)).toHaveText(check.organisation);
  await expect(verdict).not.toContainText("IIN");
  await expect(verdict).not.toContainText("CN=");
  await act(clerk, number, "Mark issued");

  const other = await staffPage(browser, "cr-2-clerk");
  await other.goto(`/en/office/requests/${id}`);
  await expect(other.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();

  const kinds = (await (await applicant.get("/api/v1/notifications")).json())
    .filter((item: { applicationId: string }) => item.applicationId === id)
    .map((item: { kind: string }) => item.kind);
  expect(kinds.sort()).toEqual(["accepted", "extended", "issued", "registered", "result_ready"]);
  const request = await (await applicant.get(`/api/v1/applications/${id}`)).json();
  expect(request.status).toBe("issued");
  expect(request.history.map((event: { status: string }) => event.status)).toEqual([
    "submitted",
    "registered",
    "in_review",
    "extended",
    "extended",
    "result_ready",
    "issued",
  ]);
  // The extension: 30 calendar days from registration, the day of acceptance not counted.
  const { computeResultDueAt } = await import("@/lib/calendar");
  expect(request.extendedDueAt).toBe(
    computeResultDueAt(new Date(request.registeredAt), {
      amount: 30,
      unit: "calendar_days",
      countAcceptanceDay: false,
    }).toISOString(),
  );
  expect(request.dueAt).toBe(
    computeResultDueAt(new Date(request.registeredAt), {
      amount: 15,
      unit: "calendar_days",
      countAcceptanceDay: false,
    }).toISOString(),
  );
  await applicant.dispose();
});

const reasonedRefusalTitle =
  "the executor's reasoned refusal, signed by the head, " +
  "reaches the cabinet with its reason and document";
test(reasonedRefusalTitle, async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  await signInByApi(context.request, demo.ahmetov);
  const { id, number } = await submitByApi(context.request, demo.ahmetov, "record-correction", correction, [
    "identity",
    "certificateToChange",
    "groundsDocument",
    "feeReceipt",
  ]);
  const clerk = await staffPage(browser, "cr-1-clerk");
  await act(clerk, number, "Register");
  const head = await staffPage(browser, "cr-1-head");
  await act(head, number, "Assign an executor");
  const executor = await staffPage(browser, "cr-1-executor");
  await executor.goto("/en/office");
  await executor.getByRole("link", { name: number }).click();
  const download = executor.waitForEvent("download");
  await executor.getByRole("link", { name: "Download: feeReceipt.pdf" }).click();
  expect((await download).suggestedFilename()).toBe("feeReceipt.pdf");
  const fileUrl = await executor.getByRole("link", { name: "Download: feeReceipt.pdf" }).getAttribute("href");
  const otherDistrict = await staffPage(browser, "cr-2-clerk");
  expect((await otherDistrict.request.get(fileUrl!)).status()).toBe(404);
  expect((await context.request.get(fileUrl!)).status()).toBe(401);
  await act(executor, number, "Prepare a reasoned refusal", "The court decision has not entered into force", [
    requirementsNotMet,
  ]);
  await headSigns(head, number);

  const page = await context.newPage();
  await page.goto(`/en/cabinet/applications/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(page.getByText("Refused").first()).toBeVisible();
  await expect(page.getByText("The court decision has not entered into force").first()).toBeVisible();
  // The grounds, translated: on the request and in the signed document's view.
  await expect(page.getByText(requirementsNotMet)).toHaveCount(2);
  await expect(page.getByRole("heading", { level: 2, name: "Result document" })).toBeVisible();
  await expect(page.getByText("Reasoned refusal")).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  const notices = (await (await context.request.get("/api/v1/notifications")).json()).filter(
    (item: { applicationId: string }) => item.applicationId === id,
  );
  expect(notices.find((item: { kind: string }) => item.kind === "refusedByProvider").body).toContain(
    "The court decision has not entered into force",
  );
  // Another applicant: the request, its result and its notifications do not exist for them.
  const other = await browser.newContext();
  await signInByApi(other.request, demo.serikov);
  for (const url of [
    `/api/v1/applications/${id}`,
    `/api/v1/applications/${id}/result`,
    `/api/v1/applications/${id}/result/signature`,
    `/api/v1/applications/${id}/receipt`,
  ])
    expect((await other.request.get(url)).status()).toBe(404);
  expect((await other.request.post(`/api/v1/notifications/${notices[0].id}/read`)).status()).toBe(404);
  await other.close();
  await context.close();
});

test("a refusal at intake reaches the applicant with its reason", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const applicant = await playwright.request.newContext({ baseURL });
  await signInByApi(applicant, demo.ahmetov);
  const { id, number } = await submitByApi(applicant, demo.ahmetov, "record-correction", correction, [
    "identity",
    "certificateToChange",
    "groundsDocument",
    "feeReceipt",
  ]);
  const clerk = await staffPage(browser, "cr-1-clerk");
  await act(clerk, number, "Refuse intake (incomplete set)", "The fee receipt is unreadable", [
    incompleteSet,
  ]);
  const notices = (await (await applicant.get("/api/v1/notifications")).json()).filter(
    (item: { applicationId: string }) => item.applicationId === id,
  );
  const refusal = notices.find((item: { kind: string }) => item.kind === "refusedByProvider").body;
  expect(refusal).toContain("The fee receipt is unreadable");
  // The notification is in the applicant's language (Kazakh by default): the ground, translated.
  expect(refusal).toContain("Құжаттар топтамасы толық емес (Стандарттың 9-тармағы)");
  await applicant.dispose();
});

test("the cabinet follows staff actions live, without a reload", async ({ browser }) => {
  const context = await browser.newContext();
  await signInByApi(context.request, demo.ahmetov);
  const { id, number } = await submitByApi(context.request, demo.ahmetov, "record-correction", correction, [
    "identity",
    "certificateToChange",
    "groundsDocument",
    "feeReceipt",
  ]);
  const page = await context.newPage();
  await page.goto(`/en/cabinet/applications/${id}`);
  const badge = page.getByRole("banner").getByRole("link", { name: /^Notifications \(\d+\)$/ });
  const before = Number((await badge.textContent())?.match(/\d+/)?.[0]);
  await page.evaluate(() => Object.assign(window, { samePage: true }));

  const clerk = await staffPage(browser, "cr-1-clerk");
  await act(clerk, number, "Register");

  await expect(page.getByRole("listitem").filter({ hasText: "Accepted — the clerk" })).toBeVisible({
    timeout: 30_000,
  });
  // Other tests notify this demo applicant too, so the count is checked to grow, not to equal N + 1.
  await expect
    .poll(async () => Number((await badge.textContent())?.match(/\d+/)?.[0]), { timeout: 30_000 })
    .toBeGreaterThan(before);
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
  await context.close();
});

const conclusionTitle =
  "adoption registry: the executor's conclusion of impossibility, signed by the head, is a result " +
  "the cabinet shows with its grounds and where to collect the original";
test(conclusionTitle, async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  await signInByApi(context.request, demo.ahmetov);
  const adoption = {
    maritalStatus: "single",
    housing: "A flat",
    motivation: "We wish to adopt",
    income: "1",
  };
  const { id, number } = await submitByApi(context.request, demo.ahmetov, "adoption-registry", adoption, [
    "application",
    "relativesConsent",
    "incomeDocuments",
    "maritalStatus",
    "healthCertificates",
    "criminalRecord",
    "housingRights",
  ]);
  await act(await staffPage(browser, "ed-1-clerk"), number, "Register");
  const head = await staffPage(browser, "ed-1-head");
  await act(head, number, "Assign an executor");
  const executor = await staffPage(browser, "ed-1-executor");
  await executor.goto("/en/office");
  await executor.getByRole("link", { name: number }).click();
  // A negative answer is the conclusion itself: no reasoned refusal is offered (seed 003 §3).
  await expect(executor.getByRole("button", { name: "Prepare a reasoned refusal" })).toHaveCount(0);
  // No conclusion without the act of inspection of housing (seed 003 §5.3): scheduled, then recorded.
  const tomorrow = new Date(Date.now() + 5 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
  await executor.getByLabel("Date (YYYY-MM-DD)").fill(tomorrow);
  await executor.getByLabel("Time (HH:MM)").fill("10:00");
  await executor.getByLabel("Inspector", { exact: true }).fill("Сейітова Айгүл");
  await executor.getByRole("button", { name: "Schedule the inspection" }).click();
  await expect(executor.getByRole("status")).toContainText("Inspection scheduled");
  await executor.getByRole("link", { name: number }).click();
  await executor.getByLabel("Findings").fill("Two rooms; no separate room for a child");
  await executor.getByLabel("Scan of the signed act").setInputFiles(tinyPdf("act.pdf"));
  await executor.getByRole("button", { name: "Record the act" }).click();
  await expect(executor.getByRole("status")).toBeVisible();
  await executor.getByRole("link", { name: number }).click();
  await expect(executor.getByRole("button", { name: "Record the act" })).toHaveCount(0);
  await executor.getByLabel("It is impossible to be a candidate adoptive parent").check();
  await executor.getByRole("button", { name: "Prepare the result", exact: true }).click();
  await expect(executor.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Choose at least one ground",
  );
  await executor.getByLabel("It is impossible to be a candidate adoptive parent").check();
  await executor.getByLabel(requirementsNotMet, { exact: true }).check();
  await executor.getByLabel("Prepare the result: Explanation").fill("No separate room for a child");
  await executor.getByRole("button", { name: "Prepare the result", exact: true }).click();
  await expect(executor.getByRole("status")).toBeVisible();
  await headSigns(head, number, "ed-1-head");

  const page = await context.newPage();
  await page.goto(`/en/cabinet/applications/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(number);
  await expect(await definitionOf(page, "Conclusion")).toHaveText(
    "It is impossible to be a candidate adoptive parent",
  );
  await expect(
    page.getByRole("definition").filter({ hasText: "No separate room for a child" }),
  ).toBeVisible();
  await expect(page.getByText(/^The conclusion is ready\. Collect the original at: /)).toBeVisible();
  const request = await (await context.request.get(`/api/v1/applications/${id}`)).json();
  expect(request).toMatchObject({ status: "result_ready", refusalGrounds: ["requirementsNotMet"] });
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  await context.close();
});

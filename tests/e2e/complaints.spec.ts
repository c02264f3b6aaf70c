import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { submitByApi, tinyPdf } from "./apply-support";
import { demo, demoKeyFile, signInByApi, staffKeyFile } from "./support";

const STAFF_PASSWORD = "qyzmet-staff-2026";
const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((violation) => violation.id);

/** Opens the key file in the EDS dialog and signs. */
async function signInDialog(page: Page, keyFile: string, holder: string) {
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Key file (.p12)").setInputFiles(keyFile);
  await dialog.getByLabel("Key password").fill(demo.keyPassword);
  await dialog.getByRole("button", { name: "Open the key" }).click();
  await expect(dialog.getByText(holder).first()).toBeVisible();
  await dialog.getByRole("button", { name: "Sign", exact: true }).click();
}

test("from a refused request the applicant files a signed complaint; the head answers; the applicant reads it", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const applicant = await browser.newContext();
  await signInByApi(applicant.request, demo.ahmetov);
  // No act record numbered 999999: the portal refuses at once (a reasoned refusal to appeal). The
  // applicant lives in the district of cr-1, whose head answers.
  const refused = await submitByApi(
    applicant.request,
    demo.ahmetov,
    "record-correction",
    {
      actRecord: "notListed",
      actNumber: "999999",
      changeField: "surname",
      newValue: "Ахметұлы",
      reason: "Court",
    },
    ["application", "identity", "certificateToChange", "groundsDocument", "feeReceipt"],
  );
  expect(refused.status).toBe("refused");

  const page = await applicant.newPage();
  await page.goto(`/en/cabinet/applications/${refused.id}`);
  const appeal = page.getByRole("region", { name: "How to appeal" });
  await expect(appeal).toContainText("authorised body for the assessment and control of the quality");
  await expect(appeal).toContainText("To the court");
  await appeal.getByRole("link", { name: "File a complaint" }).click();

  await expect(
    page.getByRole("heading", { level: 1, name: `Complaint about request ${refused.number}` }),
  ).toBeVisible();
  // A refusal prefills "a decision".
  await expect(page.getByLabel("A decision (refusal or result)")).toBeChecked();
  expect(await violations(page)).toEqual([]);
  await page.getByRole("button", { name: "Continue to signing" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Check the complaint" })).toContainText(
    "Fill this in",
  );
  await page
    .getByRole("textbox", { name: "Your complaint" })
    .fill("The act record 999999 is kept in the archive of Oral.");
  await page.getByLabel("Files (optional)").setInputFiles(tinyPdf("archive-letter.pdf"));
  await page.getByRole("button", { name: "Continue to signing" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Complaint (draft)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "archive-letter.pdf" })).toBeVisible();
  await page.getByRole("button", { name: "Sign and file" }).click();
  await signInDialog(page, demoKeyFile(demo.ahmetov, "sign"), demo.ahmetov);
  const heading = page.getByRole("heading", { level: 1, name: /^Complaint CM-\d{8}-\d{6}$/ });
  await expect(heading).toBeVisible();
  const number = (await heading.textContent())!.replace("Complaint ", "");
  await expect(page.getByRole("status")).toContainText("The head of the provider answers by");
  expect(await violations(page)).toEqual([]);
  const complaintUrl = page.url();

  const staff = await browser.newContext();
  const head = await staff.newPage();
  await head.goto("/en/office/sign-in");
  await head.getByLabel("Login").fill("cr-1-head");
  await head.getByLabel("Password").fill(STAFF_PASSWORD);
  await head.getByRole("button", { name: "Sign in" }).click();
  await head.getByRole("link", { name: "Complaints", exact: true }).click();
  await expect(head.getByRole("heading", { level: 1, name: "Complaints" })).toBeVisible();
  await expect(head.getByRole("row").filter({ hasText: number })).toContainText("Filed");
  expect(await violations(head)).toEqual([]);
  await head.getByRole("link", { name: number }).click();
  await expect(head.getByText("The act record 999999 is kept in the archive of Oral.")).toBeVisible();
  await head.getByRole("button", { name: "Take into review" }).click();
  await expect(head.getByRole("definition").first()).toHaveText("In review");
  expect(await violations(head)).toEqual([]);
  await head
    .getByRole("textbox", { name: "Answer" })
    .fill("The archive of Oral confirms the record; the request is reconsidered.");
  await head.getByRole("button", { name: "Sign the answer with EDS" }).click();
  await signInDialog(head, staffKeyFile("cr-1-head"), "БЕКЕНОВ МАРАТ");
  await expect(head.getByRole("status")).toHaveText("The answer is signed and sent.");

  await page.goto(complaintUrl);
  const answer = page.getByRole("region", { name: "The head's answer" });
  await expect(answer).toContainText("The archive of Oral confirms the record; the request is reconsidered.");
  await expect(answer).toContainText("Signed with EDS by БЕКЕНОВ МАРАТ");
  const id = complaintUrl.split("/").pop()!;
  const shown = await (await applicant.request.get(`/api/v1/complaints/${id}`)).json();
  expect(shown).toMatchObject({
    number,
    status: "answered",
    subject: "decision",
    requestNumber: refused.number,
  });
  expect(shown.reply.signedBy).toMatch(/^БЕКЕНОВ МАРАТ/);
  expect(shown.history.map((event: { status: string }) => event.status)).toEqual([
    "submitted",
    "in_review",
    "answered",
  ]);
  const listed = await (await applicant.request.get("/api/v1/complaints")).json();
  expect(listed.items.map((item: { id: string }) => item.id)).toContain(id);
  const kinds = (await (await applicant.request.get("/api/v1/notifications")).json())
    .filter((item: { applicationId: string }) => item.applicationId === refused.id)
    .map((item: { kind: string }) => item.kind);
  expect(kinds.sort()).toEqual(["complaintAnswered", "complaintFiled", "refused"]);
  await staff.close();
  await applicant.close();
});

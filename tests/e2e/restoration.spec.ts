import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { getService } from "@/lib/services/registry";
import { expect, test } from "./fixtures";
import { submitByApi } from "./apply-support";
import { demo, signInByApi } from "./support";

const STAFF_PASSWORD = "qyzmet-staff-2026";

async function staffPage(browser: Browser, login: string, queue = "Work queue") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("/en/office/sign-in");
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill(STAFF_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: queue })).toBeVisible();
  return page;
}

async function act(page: Page, number: string, action: string, notice: string) {
  await page.goto("/en/office");
  await page.getByRole("link", { name: number }).click();
  await page.getByRole("button", { name: action, exact: true }).click();
  await expect(page.getByRole("status")).toHaveText(notice);
}

const title =
  "restoration without an act record: the conclusion goes to the registering body, " +
  "whose registrar sees it in their own queue and registers the restored record";
test(title, async ({ browser, playwright, baseURL }) => {
  test.setTimeout(240_000);
  // Серіков lives in Талғар ауданы (cr-2); his birth record is lost, and it was kept in Орал (cr-3).
  const applicant = await playwright.request.newContext({ baseURL });
  await signInByApi(applicant, demo.serikov);
  const documents = getService("record-restoration")
    .documents.filter((document) => document.requirement === "required")
    .map((document) => document.id);
  const { id, number, status } = await submitByApi(
    applicant,
    demo.serikov,
    "record-restoration",
    {
      actKind: "birth",
      subjectIin: demo.serikov,
      registeredPlace: "Орал қ.",
      registeredYear: "1980",
      lossReason: "The archive was flooded",
    },
    documents,
  );
  expect(status).toBe("submitted");

  const clerk = await staffPage(browser, "cr-2-clerk");
  await act(clerk, number, "Register", "Registered.");
  const head = await staffPage(browser, "cr-2-head");
  await act(head, number, "Assign an executor", "Assigned.");
  const executor = await staffPage(browser, "cr-2-executor");
  await act(executor, number, "Draw up the restoration conclusion", "Conclusion drawn up.");
  await act(head, number, "Approve the conclusion", "Conclusion approved.");

  await executor.goto("/en/office");
  await executor.getByRole("link", { name: number }).click();
  const body = executor.getByLabel("Registering body (where the lost record was kept)");
  await expect(body.locator("option:checked")).toHaveText("Орал қ. АХАЖ бөлімі");
  await executor.getByRole("button", { name: "Send the conclusion to the registering body" }).click();
  await expect(executor.getByRole("status")).toHaveText("Sent to the registering body.");

  // The registering body's own queue; the provider's other staff do not act there.
  const registrar = await staffPage(browser, "cr-3-registrar", "Registering body's queue");
  const row = registrar.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("At the registering body");
  await expect(row).toContainText("Register the restored record: 2 working days");
  const axe = await new AxeBuilder({ page: registrar })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  const otherRegistrar = await staffPage(browser, "cr-4-registrar", "Registering body's queue");
  await expect(otherRegistrar.getByRole("link", { name: number })).toHaveCount(0);
  await act(
    registrar,
    number,
    "Register the restored record and issue the certificate",
    "Record registered; certificate sent.",
  );

  await act(clerk, number, "Mark issued", "Issued.");
  const request = await (await applicant.get(`/api/v1/applications/${id}`)).json();
  expect(request.status).toBe("issued");
  expect(request.history.map((event: { status: string }) => event.status)).toEqual([
    "submitted",
    "registered",
    "in_review",
    "in_review",
    "conclusion_approved",
    "at_registering_body",
    "result_ready",
    "issued",
  ]);
  await applicant.dispose();
});

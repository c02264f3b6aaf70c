import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { addDays } from "@/lib/calendar/local-date";
import { toAlmaty } from "@/lib/calendar";
import { visitDays } from "@/lib/home-visits/slots";
import { buildPopulation } from "@/lib/registries/synthetic/population";
import { expect, test } from "./fixtures";
import { submitByApi, tinyPdf } from "./apply-support";
import { demo, demoKeyFile, personPhone, registerByApi, signInByApi } from "./support";

/** The adults this spec registers (indices 32–35 are this spec's; no other spec uses them). */
const adults = buildPopulation().people.filter((person) => person.phone && person.birthDate < "2000-01-01");
const drafter = adults[32]!;
const visitor = adults[33]!;
const PASSWORD = "drafts-spec-password-2026";

const axe = async (page: Page) => {
  await expect(page).toHaveTitle(/\S/);
  const tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
  expect((await new AxeBuilder({ page }).withTags(tags).analyze()).violations.map((v) => v.id)).toEqual([]);
};

async function staffPage(browser: Browser, login: string) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/en/office/sign-in");
  await page.getByLabel("Login").fill(login);
  await page.getByLabel("Password").fill("qyzmet-staff-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Work queue" })).toBeVisible();
  return page;
}

async function registeredPage(browser: Browser, iin: string): Promise<Page> {
  const context = await browser.newContext();
  await registerByApi(context.request, iin, PASSWORD);
  await signInByApi(context.request, iin, PASSWORD);
  return context.newPage();
}

const kinds = async (request: APIRequestContext) =>
  ((await (await request.get("/api/v1/notifications")).json()) as Array<{ kind: string }>).map(
    (item) => item.kind,
  );

test("continue a draft from the service page and the cabinet, then delete it", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await registeredPage(browser, drafter.iin);
  await page.goto("/en/services/adoption-registry");
  await expect(page.getByRole("heading", { name: "Your draft of this service" })).toHaveCount(0);
  await page.getByRole("button", { name: "Apply" }).click();
  await page.getByLabel("Married", { exact: true }).check();
  await page.getByLabel("Housing").fill("A flat of our own");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reasons and consent" })).toBeVisible();

  // The service page offers the draft above "Apply", which still starts a new application.
  await page.goto("/en/services/adoption-registry");
  const offer = page.getByRole("region", { name: "Your draft of this service" });
  await expect(offer).toContainText(/Started .+, last saved .+/);
  await expect(page.getByRole("button", { name: "Apply" })).toBeVisible();
  await axe(page);
  await offer.getByRole("link", { name: "Continue your draft" }).click();
  await expect(page.getByLabel("Married", { exact: true })).toBeChecked();
  await expect(page.getByLabel("Housing")).toHaveValue("A flat of our own");

  await page.goto("/en/cabinet");
  const drafts = page.getByRole("region", { name: "Your drafts" });
  await expect(drafts).toContainText("Registering persons who wish to adopt a child");
  await axe(page);
  await drafts.getByRole("link", { name: "Continue: Registering persons who wish to adopt a child" }).click();
  await expect(page.getByLabel("Housing")).toHaveValue("A flat of our own");

  await page.goto("/en/cabinet");
  await page
    .getByRole("region", { name: "Your drafts" })
    .getByRole("link", { name: "Delete the draft" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Delete the draft" })).toBeVisible();
  await expect(page.getByText("Your answers will be deleted. This cannot be undone.")).toBeVisible();
  await axe(page);
  // Without the box ticked the server refuses (works without JavaScript too).
  await page.getByRole("button", { name: "Delete the draft" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Tick the box to confirm",
  );
  await page.getByLabel("I want to delete this draft and its files").check();
  await page.getByRole("button", { name: "Delete the draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Personal cabinet" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Your drafts" })).toHaveCount(0);
  await page.goto("/en/services/adoption-registry");
  await expect(page.getByRole("region", { name: "Your draft of this service" })).toHaveCount(0);
});

test("withdraw a request: the office queue no longer shows it, the history does", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const api = await playwright.request.newContext({ baseURL });
  await signInByApi(api, demo.ahmetov);
  const correction = {
    actRecord: "notListed",
    actNumber: "000002",
    changeField: "surname",
    newValue: "Ахметұлы",
    reason: "Court decision",
  };
  const { id, number } = await submitByApi(api, demo.ahmetov, "record-correction", correction, [
    "identity",
    "certificateToChange",
    "groundsDocument",
    "feeReceipt",
  ]);
  const clerk = await staffPage(browser, "cr-1-clerk");
  await expect(clerk.getByRole("row").filter({ hasText: number })).toContainText("Submitted");

  const context = await browser.newContext();
  await signInByApi(context.request, demo.ahmetov);
  const page = await context.newPage();
  await page.goto(`/en/cabinet/applications/${id}`);
  await page.getByRole("link", { name: "Withdraw the request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Withdraw request ${number}` })).toBeVisible();
  await axe(page);
  await page.getByRole("button", { name: "Withdraw the request" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Tick the box to confirm",
  );
  await page.getByLabel("I want to withdraw this request").check();
  await page.getByRole("button", { name: "Withdraw the request" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Request ${number}` })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^Withdrawn$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Withdraw the request" })).toHaveCount(0);
  await axe(page);
  expect(await kinds(context.request)).toContain("withdrawn");
  // Again through the API: the same answer (idempotent).
  const again = await api.post(`/api/v1/applications/${id}/withdraw`);
  expect(again.status()).toBe(200);
  expect(await again.json()).toMatchObject({ id, number, status: "withdrawn" });

  await clerk.goto("/en/office");
  await expect(clerk.getByRole("heading", { level: 1, name: "Work queue" })).toBeVisible();
  await expect(clerk.getByRole("row").filter({ hasText: number })).toHaveCount(0);
  await clerk.goto(`/en/office/requests/${id}`);
  await expect(clerk.getByRole("region", { name: "History" })).toContainText("Withdrawn");
  await expect(clerk.getByRole("heading", { name: "Actions" })).toHaveCount(0);
});

test("ask to move a home visit, then cancel it", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await registeredPage(browser, visitor.iin);
  const created = await page.request.post("/api/v1/home-visits", {
    data: {
      serviceId: "record-correction",
      healthReason: "disabilityGroup1",
      address: "Іле ауданы, Абай көшесі, 12",
      phone: personPhone(visitor.iin),
      preferredSlots: [{ date: visitDays()[1], from: "09:00", to: "11:00" }],
      needs: [],
    },
  });
  expect(created.status()).toBe(201);
  const { id, number } = (await created.json()) as { id: string; number: string };
  await page.goto(`/en/cabinet/home-visits/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: `Home visit ${number}` })).toBeVisible();
  await axe(page);
  const day = await page.getByLabel("Day", { exact: true }).locator("option").nth(3).getAttribute("value");
  await page.getByLabel("Day", { exact: true }).selectOption(day!);
  await page.getByLabel("Time", { exact: true }).selectOption("14:00-16:00");
  await page.getByRole("button", { name: "Ask to move the visit" }).click();
  await expect(
    page.getByRole("listitem").filter({ hasText: "The applicant asked to move the visit" }),
  ).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "14:00–16:00" })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "09:00–11:00" })).toHaveCount(0);

  await page.getByRole("button", { name: "Cancel the visit" }).click();
  await expect(page.getByRole("alert", { name: "There is a problem" })).toContainText(
    "Tick the box to confirm",
  );
  await axe(page);
  await page.getByLabel("I want to cancel this home visit").check();
  await page.getByRole("button", { name: "Cancel the visit" }).click();
  await expect(page.getByRole("definition").filter({ hasText: /^Cancelled$/ })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cancel the visit" })).toHaveCount(0);
  await axe(page);
  expect(await kinds(page.request)).toEqual(
    expect.arrayContaining(["visitRequested", "visitMoveRequested", "visitCancelledByApplicant"]),
  );
});

test("a second birth registration of the same child: a warning on review, a note in the office", async ({
  browser,
  playwright,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const birthDate = addDays(toAlmaty(new Date()).date, -40);
  const child = {
    childSurname: "Ахметов",
    childGivenName: "Дархан",
    childBirthDate: birthDate,
    childSex: "male",
    birthPlace: "Алматы облысы",
    motherIin: demo.ahmetova,
    fatherGrounds: "marriage",
    fatherIin: demo.ahmetov,
    lateReason: "—",
  };
  const documents = ["parentsIdentity", "medicalBirthCertificate"];
  const father = await playwright.request.newContext({ baseURL });
  await signInByApi(father, demo.ahmetov);
  const first = await submitByApi(father, demo.ahmetov, "birth-registration", child, documents);

  const context = await browser.newContext();
  await signInByApi(context.request, demo.ahmetova);
  const mother = context.request;
  const created = await mother.post("/api/v1/applications", {
    data: { serviceId: "birth-registration", data: { ...child, childGivenName: "ДАРХАН" } },
  });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: string };
  for (const documentType of documents) {
    const uploaded = await mother.post("/api/v1/attachments", {
      multipart: { file: tinyPdf(`${documentType}.pdf`), documentType, applicationId: id },
    });
    expect(uploaded.status()).toBe(201);
  }
  const page = await context.newPage();
  await page.goto(`/en/cabinet/applications/${id}/review`);
  const warning = page.getByRole("region", { name: "This child may already be registered" });
  await expect(warning).toContainText("perhaps by the other parent");
  await axe(page);
  // Not a block: the mother can still sign and submit.
  const fs = await import("node:fs");
  const { openKeyFile, signDetached } = await import("@/lib/eds/sign-cms");
  const { payload } = await (await mother.get(`/api/v1/applications/${id}/signing-payload`)).json();
  const key = openKeyFile(
    new Uint8Array(fs.readFileSync(demoKeyFile(demo.ahmetova, "sign"))),
    demo.keyPassword,
  );
  const submitted = await mother.post(`/api/v1/applications/${id}/submit`, {
    data: { cms: signDetached(key, new Uint8Array(Buffer.from(payload, "base64"))) },
    headers: { "idempotency-key": `drafts-spec-${id}` },
  });
  expect(submitted.status()).toBe(201);
  const second = (await submitted.json()) as { number: string };

  const clerk = await staffPage(browser, "cr-1-clerk");
  await clerk.goto(`/en/office/requests/${first.id}`);
  const note = clerk.getByRole("region", { name: "This child may already be registered" });
  await expect(note).toContainText(second.number);
  await axe(clerk);
});

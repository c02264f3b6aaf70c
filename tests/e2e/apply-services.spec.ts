import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { requiredDocumentIds } from "@/lib/services/documents";
import { serviceDefinitions } from "@/lib/services/registry";
import type { ServiceId } from "@/lib/services/types";
import en from "@/messages/en.json" with { type: "json" };
import kk from "@/messages/kk.json" with { type: "json" };
import ru from "@/messages/ru.json" with { type: "json" };
import { attachDocuments, expectedDue, signAndSubmit } from "./apply-support";
import { demo, signInByApi } from "./support";

const catalogues = { kk, ru, en };
type Messages = typeof kk;

/** Start a service, let `fill` answer its steps, attach the required documents, sign, submit. */
async function apply(
  page: Page,
  locale: keyof typeof catalogues,
  serviceId: ServiceId,
  iin: string,
  fill: (m: Messages) => Promise<void>,
) {
  const m = catalogues[locale];
  await page.goto(`/${locale}/services/${serviceId}`);
  await page.getByRole("button", { name: m.apply.start }).click();
  await fill(m);
  // The portal's set: no application file, the signed request is the application (002 §4, 003 §4).
  const required = requiredDocumentIds(serviceDefinitions[serviceId], "portal");
  await attachDocuments(
    page,
    { attach: m.apply.chooseFile, continue: m.apply.continue },
    required.map((id) => m.documents[id as keyof Messages["documents"]]),
  );
  await expect(page.getByRole("heading", { level: 1, name: m.steps.review })).toBeVisible();
  await signAndSubmit(page, iin, {
    submit: m.apply.signAndSubmit,
    keyFile: m.eds.keyFile,
    keyPassword: m.eds.keyPassword,
    open: m.eds.open,
    sign: m.eds.sign,
  });
  return m;
}

for (const locale of ["ru", "en"] as const) {
  test(`birth registration in ${locale}, registered late: 15 calendar days`, async ({ page, context }) => {
    await signInByApi(context.request, demo.ahmetova);
    const m = await apply(page, locale, "birth-registration", demo.ahmetova, async (m) => {
      await page.getByLabel(m.fields.childSurname).fill("Ахметов");
      await page.getByLabel(m.fields.childGivenName).fill("Нұрсұлтан");
      await page.getByLabel(m.fields.childBirthDate).fill("2026-09-01");
      await page.getByLabel(m.options.childSex.male).check();
      await page.getByRole("button", { name: m.apply.continue }).click();
      await page.getByLabel(m.options.fatherGrounds.motherStatement).check();
      await page.getByLabel(m.fields.lateReason).fill("—");
      await page.getByRole("button", { name: m.apply.continue }).click();
    });
    await expect(page.getByRole("heading", { level: 1, name: m.receipt.title })).toBeVisible();
    await expect(
      page.getByRole("definition").filter({
        hasText: expectedDue(locale, serviceDefinitions["birth-registration"].alternativeTerms[0]!.term),
      }),
    ).toBeVisible();
  });
}

test("record correction in English: a record from the civil registry, 15 calendar days", async ({
  page,
  context,
}) => {
  await signInByApi(context.request, demo.serikov);
  const m = await apply(page, "en", "record-correction", demo.serikov, async (m) => {
    await page.getByRole("group", { name: m.fields.actRecord }).getByRole("radio").first().check();
    await page.getByLabel(m.options.changeField.surname).check();
    await page.getByLabel(m.fields.newValue).fill("Серікбай");
    await page.getByLabel(m.fields.reason).fill("Court decision of 1 October 2026");
    await page.getByRole("button", { name: m.apply.continue }).click();
  });
  await expect(page.getByRole("heading", { level: 1, name: m.receipt.title })).toBeVisible();
  await expect(
    page
      .getByRole("definition")
      .filter({ hasText: expectedDue("en", serviceDefinitions["record-correction"].term) }),
  ).toBeVisible();
});

test("record restoration in Russian: the record exists, 7 working days", async ({ page, context }) => {
  await signInByApi(context.request, demo.ahmetov);
  const m = await apply(page, "ru", "record-restoration", demo.ahmetov, async (m) => {
    await page.getByLabel(m.options.actKind.marriage).check();
    await page.getByRole("group", { name: m.fields.subjectIin }).getByRole("radio").first().check();
    await page.getByLabel(m.fields.registeredPlace).fill("Іле ауданының АХАЖ бөлімі");
    await page.getByLabel(m.fields.registeredYear).fill("2016");
    await page.getByLabel(m.fields.lossReason).fill("Свидетельство утеряно при переезде");
    await page.getByRole("button", { name: m.apply.continue }).click();
  });
  await expect(page.getByRole("heading", { level: 1, name: m.receipt.title })).toBeVisible();
  await expect(
    page
      .getByRole("definition")
      .filter({ hasText: expectedDue("ru", serviceDefinitions["record-restoration"].term) }),
  ).toBeVisible();
});

// No act record is the case restoration exists for (seed 001 §5): accepted, not refused at once.
test("record restoration with no act record in the registry: accepted, 7 working days", async ({
  page,
  context,
}) => {
  await signInByApi(context.request, demo.serikov);
  const m = await apply(page, "kk", "record-restoration", demo.serikov, async (m) => {
    await page.getByLabel(m.options.actKind.birth).check();
    await page.getByRole("group", { name: m.fields.subjectIin }).getByRole("radio").first().check();
    await page.getByLabel(m.fields.registeredPlace).fill("Талғар ауданының АХАЖ бөлімі");
    await page.getByLabel(m.fields.registeredYear).fill("1980");
    await page.getByLabel(m.fields.lossReason).fill("Мұрағат өртенген");
    await page.getByRole("button", { name: m.apply.continue }).click();
  });
  await expect(page.getByRole("heading", { level: 1, name: m.receipt.title })).toBeVisible();
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await expect(
    page
      .getByRole("definition")
      .filter({ hasText: expectedDue("kk", serviceDefinitions["record-restoration"].term) }),
  ).toBeVisible();
});

test("foster care in English: the spouse's consent is asked of a married applicant", async ({
  page,
  context,
}) => {
  await signInByApi(context.request, demo.serikov);
  const m = await apply(page, "en", "foster-care", demo.serikov, async (m) => {
    await page.getByLabel(m.fields.childFullName).fill("Иванов Артём");
    await page.getByLabel(m.fields.childBirthDate).fill("2019-04-12");
    await page.getByLabel(m.fields.childInstitution).fill("Children's home No. 2, Talgar");
    await page.getByRole("button", { name: m.apply.continue }).click();
    await page.getByLabel(m.fields.housing).fill("Own house, 4 rooms");
    await page.getByLabel(m.fields.income).fill("650 000 KZT");
    await page.getByRole("button", { name: m.apply.continue }).click();
    await expect(page.getByRole("alert").filter({ hasText: m.errors.summaryTitle })).toContainText(
      m.errors.field.choose,
    );
    await page.getByLabel(m.options.spouseConsentYes).check();
    await page.getByRole("button", { name: m.apply.continue }).click();
  });
  await expect(page.getByRole("heading", { level: 1, name: m.receipt.title })).toBeVisible();
  await expect(
    page
      .getByRole("definition")
      .filter({ hasText: expectedDue("en", serviceDefinitions["foster-care"].term) }),
  ).toBeVisible();
});

test("adoption registry in Kazakh: 15 calendar days", async ({ page, context }) => {
  await signInByApi(context.request, demo.ahmetova);
  const m = await apply(page, "kk", "adoption-registry", demo.ahmetova, async (m) => {
    await page.getByLabel(m.options.maritalStatus.married, { exact: true }).check();
    await page.getByLabel(m.fields.housing).fill("Үш бөлмелі пәтер, меншікті");
    await page.getByRole("button", { name: m.apply.continue }).click();
    await page.getByLabel(m.fields.motivation).fill("Балалы болғымыз келеді");
    await page.getByLabel(m.fields.income).fill("700 000 теңге");
    await page.getByLabel(m.options.spouseConsentYes).check();
    await page.getByRole("button", { name: m.apply.continue }).click();
  });
  await expect(page.getByRole("heading", { level: 1, name: m.receipt.title })).toBeVisible();
  await expect(
    page
      .getByRole("definition")
      .filter({ hasText: expectedDue("kk", serviceDefinitions["adoption-registry"].term) }),
  ).toBeVisible();
});

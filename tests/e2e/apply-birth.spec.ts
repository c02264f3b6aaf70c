import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";
import { toAlmaty } from "@/lib/calendar";
import { serviceDefinitions } from "@/lib/services/registry";
import { attachDocuments, expectedDue, signAndSubmit } from "./apply-support";
import { demo, signInByApi } from "./support";

const texts = {
  kk: {
    apply: "Өтініш беру",
    cont: "Жалғастыру",
    attach: "Файлды тіркеу",
    submit: "ЭЦҚ-мен қол қою және жіберу",
    keyFile: "Кілт файлы (.p12)",
    keyPassword: "Кілт құпиясөзі",
    open: "Кілтті ашу",
    sign: "Қол қою",
    surname: "Баланың тегі",
    given: "Баланың аты",
    birth: "Баланың туған күні",
    girl: "Қыз",
    grounds: "Ата-аналардың некесі",
    receipt: "Қолхат",
    due: "Нәтиже дайын болатын мерзім",
    docs: ["Ата-аналардың жеке басын куәландыратын құжаттары", "Туу туралы медициналық куәлік"],
  },
} as const;

test("birth registration in Kazakh: fill, attach, review, sign, submit, receipt with the due date", async ({
  page,
  context,
}) => {
  const t = texts.kk;
  await signInByApi(context.request, demo.ahmetov);
  await page.goto("/kk/services/birth-registration");
  await page.getByRole("button", { name: t.apply }).click();
  await page.getByLabel(t.surname).fill("Ахметова");
  await page.getByLabel(t.given).fill("Әйгерім");
  await page.getByLabel(t.birth).fill(toAlmaty(new Date()).date);
  await page.getByLabel(t.girl).check();
  await page.getByRole("button", { name: t.cont }).click();
  await expect(page.getByLabel("Анасының ЖСН")).toHaveValue(demo.ahmetova);
  await expect(page.getByLabel("Әкесінің ЖСН")).toHaveCount(0);
  await page.getByLabel(t.grounds).check();
  await expect(page.getByLabel("Әкесінің ЖСН")).toHaveValue(demo.ahmetov);
  await page.getByRole("button", { name: t.cont }).click();
  await attachDocuments(page, { attach: t.attach, continue: t.cont }, [...t.docs]);
  await expect(page.getByRole("heading", { level: 1, name: "Жауаптарыңызды тексеріңіз" })).toBeVisible();
  await signAndSubmit(page, demo.ahmetov, {
    submit: t.submit,
    keyFile: t.keyFile,
    keyPassword: t.keyPassword,
    open: t.open,
    sign: t.sign,
  });
  await expect(page.getByRole("heading", { level: 1, name: t.receipt })).toBeVisible();
  const due = page
    .getByRole("definition")
    .filter({ hasText: expectedDue("kk", serviceDefinitions["birth-registration"].term) });
  await expect(due).toBeVisible();
  const axe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(axe.violations.map((violation) => violation.id)).toEqual([]);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF жүктеу" }).click();
  const pdf = await download;
  expect(pdf.suggestedFilename()).toMatch(/^receipt-BR-\d{8}-\d{6}\.pdf$/);
  // This request's row: other specs signed in as the same person may add drafts and requests meanwhile.
  const number = pdf
    .suggestedFilename()
    .replace(/^receipt-/, "")
    .replace(/\.pdf$/, "");
  await page.goto("/kk/cabinet");
  const row = page.getByRole("row").filter({ hasText: number });
  await expect(row).toContainText("Бала тууды тіркеу");
  await expect(row).toContainText("Жіберілді");

  // The notification, in the applicant's language, unread and counted in the header.
  await page
    .getByRole("banner")
    .getByRole("link", { name: /^Хабарламалар \(\d+\)$/ })
    .click();
  const notice = page.getByRole("listitem").filter({ hasText: "өтініші жіберілді" }).first();
  await expect(notice).toContainText("Оқылмаған");
  await expect(notice).toContainText(expectedDue("kk", serviceDefinitions["birth-registration"].term));
  await notice.getByRole("button", { name: /^Оқылды деп белгілеу/ }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "өтініші жіберілді" }).first()).not.toContainText(
    "Оқылмаған",
  );
  await page
    .getByRole("listitem")
    .filter({ hasText: "өтініші жіберілді" })
    .first()
    .getByRole("link", { name: "Өтінішті ашу" })
    .click();
  await expect(page.getByRole("heading", { level: 2, name: "Өтініш тарихы" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "Жіберілді — өтініш беруші" })).toBeVisible();
  const requestAxe = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"])
    .analyze();
  expect(requestAxe.violations.map((violation) => violation.id)).toEqual([]);
});

test("a draft is saved on the server and resumes on another device", async ({ browser }) => {
  const laptop = await browser.newContext();
  await signInByApi(laptop.request, demo.ahmetov);
  const first = await laptop.newPage();
  await first.goto("/en/services/adoption-registry");
  await first.getByRole("button", { name: "Apply" }).click();
  await first.getByLabel("Married", { exact: true }).check();
  await first.getByLabel("Housing").fill("A flat of our own");
  await first.getByRole("button", { name: "Continue" }).click();
  await expect(first.getByRole("heading", { level: 1, name: "Reasons and consent" })).toBeVisible();
  await laptop.close();

  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  await signInByApi(phone.request, demo.ahmetov);
  const second = await phone.newPage();
  await second.goto("/en/cabinet");
  await second
    .getByRole("link", { name: "Continue: Registering persons who wish to adopt a child" })
    .first()
    .click();
  await expect(second.getByLabel("Married", { exact: true })).toBeChecked();
  await expect(second.getByLabel("Housing")).toHaveValue("A flat of our own");
  await phone.close();
});

import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { toAlmaty } from "@/lib/calendar";
import { addDays } from "@/lib/calendar/local-date";
import { expect, test } from "./fixtures";
import { demo, signInByApi } from "./support";

/**
 * The form steps and the home-visit form check answers in the browser (react-hook-form with the
 * server's schemas) before anything is posted, and still post to the server without JavaScript.
 * Drafts are made for demo applicants (shared with other specs: nothing here assumes they have none)
 * and deleted at the end; the home-visit form is never sent.
 */
const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

/** Counts the POST requests the page makes (server actions are POSTs): the checks here make none. */
function countPosts(page: Page) {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  return posts;
}

async function newBirthDraft(request: APIRequestContext, data: Record<string, string> = {}) {
  const created = await request.post("/api/v1/applications", {
    data: { serviceId: "birth-registration", data },
  });
  expect(created.status()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

const child = {
  childSurname: "Ахметова",
  childGivenName: "Аружан",
  childBirthDate: toAlmaty(new Date()).date,
  childSex: "female",
  birthPlace: "Орал",
};
const summaryOf = (page: Page) => page.getByRole("alert").filter({ hasText: "There is a problem" });

test("a form step shows errors as fields are left and in the summary on submit, with no round trip", async ({
  page,
  context,
}) => {
  await signInByApi(context.request, demo.ahmetova);
  const id = await newBirthDraft(context.request);
  await page.goto(`/en/cabinet/applications/${id}/step/child`);
  await expect(page.getByRole("heading", { level: 1, name: "About the child" })).toBeVisible();
  const posts = countPosts(page);

  const surname = page.getByLabel("Child's surname");
  await expect(surname).not.toHaveAttribute("aria-invalid");
  // Leaving the empty field (retried: the page's script may still be starting).
  await expect(async () => {
    await surname.focus();
    await page.keyboard.press("Tab");
    await expect(surname).toHaveAttribute("aria-invalid", "true", { timeout: 1000 });
  }).toPass();
  await expect(surname).toHaveAccessibleDescription("Fill this in");
  // Only the field left shows its error; no summary before a submit.
  await expect(page.getByLabel("Child's given name")).not.toHaveAttribute("aria-invalid");
  await expect(summaryOf(page)).toHaveCount(0);
  const birthDate = page.getByLabel("Child's date of birth");
  await birthDate.fill(addDays(toAlmaty(new Date()).date, 2));
  await birthDate.blur();
  await expect(birthDate).toHaveAccessibleDescription("The date cannot be in the future");
  // Fixing a field clears its error as it is typed (after it was left once).
  await surname.fill("Ахметова");
  await expect(surname).not.toHaveAttribute("aria-invalid");

  await page.getByRole("button", { name: "Continue" }).click();
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveText([
    "Child's given name: Fill this in",
    "Child's date of birth: The date cannot be in the future",
    "Child's sex: Choose an option",
  ]);
  await expect(page.getByLabel("Place of birth")).not.toHaveAttribute("aria-invalid");
  await expectNoAxeViolations(page);
  expect(posts).toEqual([]);

  // The summary follows the answers; a valid step is posted and the server takes it.
  await page.getByLabel("Child's given name").fill(child.childGivenName);
  await birthDate.fill(child.childBirthDate);
  await page.getByLabel("Girl").check();
  await expect(summary.getByRole("link")).toHaveCount(0);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About the parents" })).toBeVisible();
  expect(posts.length).toBeGreaterThan(0);

  // The father's IIN is asked only when the grounds need it, prefilled from the registry.
  posts.length = 0;
  const fatherIin = page.getByLabel("Father's IIN");
  await expect(page.getByLabel("Mother's IIN")).toHaveValue(demo.ahmetova);
  await expect(fatherIin).toHaveCount(0);
  await page.getByLabel("The parents' marriage").check();
  await expect(fatherIin).toHaveValue(demo.ahmetov);
  await fatherIin.fill("12345");
  await fatherIin.blur();
  await expect(fatherIin).toHaveAccessibleDescription(/The IIN must be 12 digits/);
  await page.getByLabel("At the mother's statement").check();
  await expect(fatherIin).toHaveCount(0);
  const motherIin = page.getByLabel("Mother's IIN");
  await motherIin.fill(demo.ahmetova.replace(/.$/, (digit) => String((Number(digit) + 1) % 10)));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(summary).toBeFocused();
  // The father's IIN no longer applies: only the mother's is wrong.
  await expect(summary.getByRole("link")).toHaveText([
    "Mother's IIN: The IIN has a typo: its check digit does not match",
  ]);
  await expectNoAxeViolations(page);
  expect(posts).toEqual([]);

  expect((await context.request.delete(`/api/v1/applications/${id}`)).status()).toBe(204);
});

test("the home-visit form checks fields as they are left and lists the errors on submit, unsent", async ({
  page,
  context,
}) => {
  await signInByApi(context.request, demo.ahmetov);
  await page.goto("/en/cabinet/home-visits/new");
  await expect(page.getByRole("heading", { level: 1, name: "Ask for a home visit" })).toBeVisible();
  const posts = countPosts(page);
  const phone = page.getByLabel("Contact phone");
  await phone.fill("8 701 123");
  // Leaving the field (retried: the page's script may still be starting).
  await expect(async () => {
    await phone.focus();
    await phone.blur();
    await expect(phone).toHaveAttribute("aria-invalid", "true", { timeout: 1000 });
  }).toPass();
  await expect(page.getByText("Enter the phone as +7XXXXXXXXXX")).toBeVisible();
  const address = page.getByLabel("Address");
  await address.fill("");
  await address.blur();
  await expect(address).toHaveAttribute("aria-invalid", "true");
  await expect(summaryOf(page)).toHaveCount(0);

  await page.getByRole("button", { name: "Send the request" }).click();
  const summary = summaryOf(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Service: Choose an option" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Address: Fill this in" })).toBeVisible();
  await expect(
    summary.getByRole("link", { name: "Contact phone: Enter the phone as +7XXXXXXXXXX" }),
  ).toBeVisible();
  await expect(summary.getByRole("link", { name: "Day 1: Choose at least one day and time" })).toBeVisible();
  await expectNoAxeViolations(page);
  // The summary follows the answers as they are fixed.
  await address.fill("Oral, Dostyq avenue 12, flat 5");
  await expect(summary.getByRole("link", { name: /^Address:/ })).toHaveCount(0);
  expect(posts).toEqual([]);
});

const noScriptTitle =
  "without JavaScript the father's questions are on the step with their prefill, " +
  "and the server drops them when they do not apply";
test(noScriptTitle, async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  await signInByApi(context.request, demo.ahmetova);
  const id = await newBirthDraft(context.request, child);
  const page = await context.newPage();
  await page.goto(`/en/cabinet/applications/${id}/step/parents`);
  await expect(page.getByRole("heading", { level: 1, name: "About the parents" })).toBeVisible();
  const fatherIin = page.getByLabel("Father's IIN");
  await expect(fatherIin).toHaveValue(demo.ahmetov);
  await expect(fatherIin).toHaveAccessibleDescription(
    /Not needed if you chose “At the mother's statement” for “Grounds for the father's details”/,
  );
  await expect(page.getByLabel("Mother's IIN")).toHaveValue(demo.ahmetova);

  // Posted with nothing chosen: the server's errors, in the summary and at the field.
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = summaryOf(page);
  await expect(summary.getByRole("link")).toHaveText(["Grounds for the father's details: Choose an option"]);
  await expect(page.getByLabel("Father's IIN")).toHaveValue(demo.ahmetov);

  // At the mother's statement, a father's IIN (even a wrong one) is not checked and not kept.
  await page.getByLabel("Father's IIN").fill("12345");
  await page.getByLabel("At the mother's statement").check();
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${id}/documents`));
  const draft = (await (await context.request.get(`/api/v1/applications/${id}`)).json()) as {
    data: Record<string, string>;
  };
  expect(draft.data).toMatchObject({ motherIin: demo.ahmetova, fatherGrounds: "motherStatement" });
  expect(draft.data).not.toHaveProperty("fatherIin");
  expect((await context.request.delete(`/api/v1/applications/${id}`)).status()).toBe(204);
  await context.close();
});

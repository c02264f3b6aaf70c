import AxeBuilder from "@axe-core/playwright";
import type { Browser } from "@playwright/test";
import { expect, test } from "./fixtures";
import { tinyPdf } from "./apply-support";
import { choose, chooseRadio, press, typeInto } from "./keyboard";
import { demo, signInByApi } from "./support";

const axeTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const axe = async (page: import("@playwright/test").Page) => {
  // The metadata (the title) may stream in a moment after the body, on a loaded machine.
  await expect(page).toHaveTitle(/\S/);
  expect(
    (await new AxeBuilder({ page }).withTags(axeTags).analyze()).violations.map((violation) => violation.id),
  ).toEqual([]);
};

async function operatorPage(browser: Browser) {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/en/office/sign-in");
  await page.getByLabel("Login").fill("sc-1-operator");
  await page.getByLabel("Password").fill("qyzmet-staff-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Home-visit requests" })).toBeVisible();
  return page;
}

/** The operator schedules the visit and, after it, registers the service request with the scans. */
async function scheduleAndComplete(page: import("@playwright/test").Page, number: string) {
  await page.goto("/en/office");
  await page.getByRole("link", { name: number }).click();
  await axe(page);
  const dayOption = await page.getByLabel("Visit day").locator("option").nth(2).getAttribute("value");
  await page.getByLabel("Visit day").selectOption(dayOption!);
  await page.getByLabel("Visit time").selectOption("14:00-16:00");
  await page.getByLabel("Employee").selectOption({ label: "Ким Елена" });
  await page.getByRole("button", { name: "Save and notify" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved; the applicant has been told.");
  await page.getByRole("button", { name: "Register the service request" }).click();
  await expect(page.getByText("Attach the scans of the documents taken").first()).toBeVisible();
  await page
    .getByLabel("Scans of the documents taken")
    .setInputFiles([tinyPdf("application.pdf"), tinyPdf("identity.pdf")]);
  await page.getByRole("button", { name: "Register the service request" }).click();
  await expect(page.getByRole("status")).toHaveText(
    "The request is registered; the applicant has been told.",
  );
  return page
    .getByRole("definition")
    .filter({ hasText: /^RC-\d{8}-\d{6}$/ })
    .textContent();
}

const keyboardVisitTitle =
  "keyboard only: an applicant asks for a home visit; the operator schedules and completes it; " +
  "the request is in the cabinet";
test(keyboardVisitTitle, async ({ browser }) => {
  test.setTimeout(240_000);
  const context = await browser.newContext();
  await signInByApi(context.request, demo.ahmetov);
  const page = await context.newPage();
  await page.goto("/en");
  await press(
    page,
    page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Home visit" }),
  );
  await expect(page.getByRole("heading", { level: 1, name: "Documents taken at home" })).toBeVisible();
  await expect(page.getByRole("link", { name: "1414 (short number)" }).first()).toBeVisible();
  await press(page, page.getByRole("link", { name: "Ask for a home visit for myself" }));
  await expect(page.getByRole("heading", { level: 1, name: "Ask for a home visit" })).toBeVisible();
  await axe(page);
  await expect(page.getByLabel("Address")).not.toHaveValue("");
  await expect(page.getByLabel("Contact phone")).toHaveValue(/^\+7\d{10}$/);
  // Submitting with nothing chosen: the error summary takes focus and links to each field.
  await press(page, page.getByRole("button", { name: "Send the request" }));
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: "Service: Choose an option" })).toBeVisible();
  await expect(summary.getByRole("link", { name: "Day 1: Choose at least one day and time" })).toBeVisible();
  await axe(page);
  await choose(page, page.getByLabel("Service"), "record-correction");
  const day = await page.getByLabel("Day 1").locator("option").nth(1).getAttribute("value");
  await choose(page, page.getByLabel("Day 1"), day!);
  await choose(page, page.getByLabel("Time 1"), "09:00-11:00");
  // Only the services of 002 §12 are offered: not foster care, adoption or restoration.
  await expect(page.getByLabel("Service").locator("option")).toHaveText([
    "Choose",
    "Birth registration",
    "Changes, additions and corrections to civil-status records",
  ]);
  await chooseRadio(
    page,
    page.getByRole("group", { name: "Why a home visit (your health)" }),
    page.getByLabel("Disability group II", { exact: true }),
  );
  await press(page, page.getByLabel("Wheelchair user"), "Space");
  await expect(page.getByLabel("Wheelchair user")).toBeChecked();
  await press(page, page.getByLabel("Sign-language interpreter"), "Space");
  await typeInto(page, page.getByLabel("Anything else"), "Third floor, no lift");
  await press(page, page.getByRole("button", { name: "Send the request" }));
  await expect(page.getByRole("heading", { level: 1, name: /^Home visit HV-\d{8}-\d{6}$/ })).toBeVisible();
  await expect(page.getByText("Wheelchair user; Sign-language interpreter")).toBeVisible();
  await axe(page);
  const number = (await page.getByRole("heading", { level: 1 }).textContent())!.replace("Home visit ", "");

  const operator = await operatorPage(browser);
  await axe(operator);
  const request = await scheduleAndComplete(operator, number);

  await page.reload();
  await expect(page.getByRole("definition").filter({ hasText: "Documents taken" }).first()).toBeVisible();
  await expect(
    page.getByRole("listitem").filter({ hasText: "Scheduled — the State Corporation operator" }),
  ).toBeVisible();
  await press(page, page.getByRole("link", { name: request! }));
  await expect(page.getByRole("heading", { level: 1, name: `Request ${request}` })).toBeVisible();
  await expect(page.getByText("Accepted", { exact: false }).first()).toBeVisible();
  const kinds = (await (await context.request.get("/api/v1/notifications")).json()).map(
    (item: { kind: string }) => item.kind,
  );
  expect(kinds).toEqual(expect.arrayContaining(["visitRequested", "visitScheduled", "visitCompleted"]));
  const visits = await (await context.request.get("/api/v1/home-visits")).json();
  expect(visits.find((visit: { number: string }) => visit.number === number)).toMatchObject({
    status: "completed",
    employee: "Ким Елена",
  });
  // Nobody else sees the visit.
  const other = await browser.newContext();
  await signInByApi(other.request, demo.ahmetova);
  expect((await other.request.get(`/api/v1/home-visits/${visits[0].id}`)).status()).toBe(404);
  await other.close();
  await context.close();
});

const phoneCallTitle =
  "the operator enters a request from a phone call and follows it to a registered request; " +
  "a helper with a power of attorney asks for another person; a cancelled visit";
test(phoneCallTitle, async ({ browser }) => {
  test.setTimeout(240_000);
  const operator = await operatorPage(browser);
  await operator.getByRole("link", { name: "Enter a request from a call" }).click();
  await axe(operator);
  await operator.getByLabel("The applicant's IIN").fill(demo.ahmetova);
  await operator.getByLabel("Service").selectOption("record-correction");
  await operator.getByLabel("Address").fill("Орал қ., Досмұхамедов к-сі, 5, 12");
  await operator.getByLabel("Contact phone").fill("+77017654321");
  await operator.getByLabel("Day 1").selectOption({ index: 1 });
  await operator.getByLabel("Time 1").selectOption("11:00-13:00");
  await operator.getByLabel("Hard of hearing").check();
  await operator.getByLabel("Disability group I", { exact: true }).check();
  await operator.getByRole("button", { name: "Register the request" }).click();
  await expect(operator.getByRole("heading", { level: 1, name: /^Home visit HV-/ })).toBeVisible();
  await expect(operator.getByText("Taken by phone (1414)")).toBeVisible();
  const number = (await operator.getByRole("heading", { level: 1 }).textContent())!.replace(
    "Home visit ",
    "",
  );
  const request = await scheduleAndComplete(operator, number);

  // The caller's cabinet: the visit, the registered request and the notifications of each step.
  const caller = await browser.newContext();
  await signInByApi(caller.request, demo.ahmetova);
  const notices = (await (await caller.request.get("/api/v1/notifications")).json()).filter(
    (item: { title: string }) => item.title.includes(number) || item.title.includes(request!),
  );
  expect(notices.map((item: { kind: string }) => item.kind).sort()).toEqual([
    "visitCompleted",
    "visitRequested",
    "visitScheduled",
  ]);
  const { items: requests } = await (await caller.request.get("/api/v1/applications")).json();
  expect(requests.find((item: { number: string }) => item.number === request)).toMatchObject({
    status: "registered",
    serviceId: "record-correction",
  });
  const page = await caller.newPage();
  await page.goto("/en/cabinet/home-visits");
  await page.getByRole("link", { name: number }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Home visit ${number}` })).toBeFocused();
  await page.getByRole("link", { name: request! }).click();
  await expect(
    page.getByRole("listitem").filter({ hasText: "the State Corporation operator" }).first(),
  ).toBeVisible();
  await axe(page);
  await caller.close();

  const helper = await browser.newContext();
  await signInByApi(helper.request, demo.serikov);
  const form = await helper.newPage();
  await form.goto("/en/cabinet/home-visits/new?for=other");
  await axe(form);
  await form.getByLabel("The applicant's IIN").fill(demo.ahmetov);
  await form.getByLabel("Under a notarised power of attorney").check();
  await form.getByLabel("Power of attorney number").fill("POA-2025-0003");
  await form.getByLabel("Service").selectOption("record-correction");
  await form.getByLabel("A child with a disability").check();
  await form.getByLabel("Day 1").selectOption({ index: 2 });
  await form.getByLabel("Time 1").selectOption("16:00-18:00");
  await form.getByRole("button", { name: "Send the request" }).click();
  await expect(
    form.getByRole("alert").getByRole("link", {
      name:
        "Power of attorney number: The notary registry holds no power of attorney in force " +
        "from this person to you",
    }),
  ).toBeVisible();
  await expect(form.getByLabel("The applicant's IIN")).toHaveValue(demo.ahmetov);
  await expect(form.getByLabel("Service")).toHaveValue("record-correction");
  await form.getByLabel("Power of attorney number").fill("POA-2025-0001");
  await form.getByRole("button", { name: "Send the request" }).click();
  await expect(form.getByRole("heading", { level: 1, name: /^Home visit HV-/ })).toBeVisible();
  const helped = (await form.getByRole("heading", { level: 1 }).textContent())!.replace("Home visit ", "");

  await operator.goto("/en/office");
  await operator.getByRole("link", { name: helped }).click();
  await operator.getByLabel("Reason for cancelling").fill("The applicant will come to the service centre");
  await operator.getByLabel("I confirm this action: it cannot be undone").check();
  await operator.getByRole("button", { name: "Cancel the visit" }).click();
  await expect(operator.getByRole("status")).toHaveText("Cancelled; the applicant has been told.");
  // Both the applicant and the helper are told, with the reason.
  for (const [context, iin] of [
    [helper, demo.serikov],
    [await browser.newContext(), demo.ahmetov],
  ] as const) {
    if (iin === demo.ahmetov) await signInByApi(context.request, iin);
    const told = (await (await context.request.get("/api/v1/notifications")).json()).find(
      (item: { kind: string; title: string }) =>
        item.kind === "visitCancelled" && item.title.includes(helped),
    );
    expect(told.body).toContain("The applicant will come to the service centre");
    await context.close();
  }
});

const consentTitle =
  "a helper with the person's consent: the visit waits for the code sent to the person's own phone " +
  "and reaches the operator only once entered; an unknown IIN gets the same answer";
test(consentTitle, async ({ browser }) => {
  test.setTimeout(180_000);
  const helper = await browser.newContext();
  await signInByApi(helper.request, demo.serikov);
  const form = await helper.newPage();
  const ask = async (iin: string) => {
    await form.goto("/en/cabinet/home-visits/new?for=other");
    await form.getByLabel("The applicant's IIN").fill(iin);
    await form.getByLabel("The applicant confirms with an SMS code").check();
    await form.getByLabel("Service").selectOption("record-correction");
    await form.getByLabel("Disability group III", { exact: true }).check();
    await form.getByLabel("Day 1").selectOption({ index: 1 });
    await form.getByLabel("Time 1").selectOption("09:00-11:00");
    await form.getByRole("button", { name: "Send the request" }).click();
    await expect(form.getByRole("heading", { level: 1, name: /^Home visit HV-/ })).toBeVisible();
    await expect(form.getByRole("heading", { level: 2, name: "The person's confirmation" })).toBeVisible();
    const number = (await form.getByRole("heading", { level: 1 }).textContent())!.replace("Home visit ", "");
    const seen = (await form.getByRole("main").innerText())
      .replaceAll(number, "HV-…")
      .replaceAll(iin, "…")
      .replace(/\d{1,2}:\d{2}/g, "…");
    return { number, seen };
  };
  // 800101330008 is a valid IIN of nobody in the state database.
  const unknown = await ask("800101330008");
  const known = await ask(demo.ahmetov);
  expect(unknown.seen).toEqual(known.seen);
  await expect(form.getByText("Awaiting the person's confirmation").first()).toBeVisible();
  const operator = await operatorPage(browser);
  await expect(operator.getByRole("link", { name: known.number })).toHaveCount(0);
  await expect(operator.getByRole("link", { name: unknown.number })).toHaveCount(0);

  // The person reads the code from their SMS (the demo outbox) to the helper.
  const outbox = await (await browser.newContext()).newPage();
  await outbox.goto("/en/demo/sms");
  const consentSms = outbox.getByRole("row").filter({ hasText: "Келісім коды" }).first();
  const code = /коды (\d{6})/.exec((await consentSms.textContent())!)![1]!;
  await form.getByLabel("SMS code").fill(code === "000000" ? "111111" : "000000");
  await form.getByRole("button", { name: "Confirm" }).click();
  await expect(form.getByRole("alert").getByText("The code is not correct")).toBeVisible();
  await form.getByLabel("SMS code").fill(code);
  await form.getByRole("button", { name: "Confirm" }).click();
  await expect(form.getByRole("heading", { level: 2, name: "The person's confirmation" })).toHaveCount(0);
  await expect(form.getByRole("definition").filter({ hasText: /^Requested$/ })).toBeVisible();
  await operator.goto("/en/office");
  await expect(operator.getByRole("link", { name: known.number })).toBeVisible();
  await expect(operator.getByRole("link", { name: unknown.number })).toHaveCount(0);
  await helper.close();
});

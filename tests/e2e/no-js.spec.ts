import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { toAlmaty } from "@/lib/calendar";
import { tinyPdf } from "./apply-support";
import { demo, signInByApi } from "./support";

/**
 * With JavaScript off every step but signing works: plain form posts, the documents step a multipart
 * form. Ahmetova applies (a demo applicant other specs use too: this spec only makes its own draft).
 */
test.use({ javaScriptEnabled: false });

const wcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/**
 * The page as a browser with JavaScript off shows it, in a page axe can run in: the same HTML with the
 * scripts removed and the <noscript> content shown. (With JavaScript disabled by the test, Chromium runs
 * no script, axe included, and still parses <noscript> as text.)
 */
async function withoutScripts(page: Page, browser: Browser): Promise<Page> {
  const html = (await page.content())
    .replace(/<script\b[\s\S]*?<\/script>/gi, "")
    .replace(/<\/?noscript>/gi, "");
  const target = page.url();
  const context = await browser.newContext({ javaScriptEnabled: true });
  const copy = await context.newPage();
  await copy.route(
    (url) => url.href === target,
    (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }),
  );
  await copy.goto(target);
  return copy;
}

async function expectNoAxeViolations(page: Page, browser: Browser) {
  const copy = await withoutScripts(page, browser);
  const results = await new AxeBuilder({ page: copy }).withTags(wcagTags).analyze();
  await copy.context().close();
  expect(results.violations.map((violation) => violation.id)).toEqual([]);
}

const identity = "Parents' identity documents";
const medical = "Medical birth certificate";

test("without JavaScript a birth registration reaches the review with its documents attached", async ({
  page,
  context,
  browser,
}) => {
  // Three steps, two axe scans and an 11 MB post: about 40 s alone, over a minute beside a second worker.
  test.setTimeout(150_000);
  await signInByApi(context.request, demo.ahmetova);
  await page.goto("/en/services/birth-registration");
  await page.getByRole("button", { name: "Apply", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "About the child" })).toBeVisible();
  await page.getByLabel("Child's surname").fill("Ахметова");
  await page.getByLabel("Child's given name").fill("Жансая");
  await page.getByLabel("Child's date of birth").fill(toAlmaty(new Date()).date);
  await page.getByLabel("Girl").check();
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "About the parents" })).toBeVisible();
  // Prefilled on the server: the mother is the applicant.
  await expect(page.getByLabel("Mother's IIN")).toHaveValue(demo.ahmetova);
  await page.getByLabel("The parents' marriage").check();
  await page.getByRole("button", { name: "Continue" }).click();
  // Without JS the father's IIN can only appear after the post that chose the grounds.
  const father = page.getByLabel("Father's IIN");
  const documentsHeading = page.getByRole("heading", { level: 1, name: "Documents" });
  await expect(father.or(documentsHeading)).toBeVisible();
  if (await father.isVisible()) {
    if (!(await father.inputValue())) await father.fill(demo.ahmetov);
    await page.getByRole("button", { name: "Continue" }).click();
  }

  await expect(documentsHeading).toBeVisible();
  await expectNoAxeViolations(page, browser);
  // Over 10 MB in one post: back to the step with a message, never a server error.
  await page.getByLabel(`Attach a file: ${identity}`).setInputFiles({
    name: "huge.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.alloc(11 * 1024 * 1024, 0x25),
  });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "more than 10 MB together" })).toBeVisible();
  // A text file at one document, a PDF at the other: the PDF is kept, the other is named in the summary.
  await page.getByLabel(`Attach a file: ${identity}`).setInputFiles(tinyPdf("passports.pdf"));
  await page.getByLabel(`Attach a file: ${medical}`).setInputFiles({
    name: "certificate.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("not a scan"),
  });
  await page.getByRole("button", { name: "Continue" }).click();
  const summary = page.getByRole("alert").filter({ hasText: "There is a problem" });
  await expect(summary).toContainText(`${medical}: Only PDF, JPEG or PNG files are accepted`);
  await expect(page.getByRole("link", { name: "passports.pdf" })).toBeVisible();
  await expectNoAxeViolations(page, browser);
  // The summary links to the document's file input.
  await expect(summary.getByRole("link", { name: new RegExp(medical) })).toHaveAttribute(
    "href",
    "#field-document-medicalBirthCertificate",
  );
  await expect(page.locator("#field-document-medicalBirthCertificate")).toHaveAttribute("type", "file");

  // Remove works as a form post too; then attach again, and the same file twice is kept once.
  await page.getByRole("button", { name: "Remove passports.pdf" }).click();
  await expect(page.getByRole("status").filter({ hasText: "passports.pdf removed" })).toBeVisible();
  await expect(page.getByRole("link", { name: "passports.pdf" })).toHaveCount(0);
  await page.getByLabel(`Attach a file: ${identity}`).setInputFiles(tinyPdf("passports.pdf"));
  await page.getByLabel(`Attach a file: ${medical}`).setInputFiles(tinyPdf("certificate.pdf"));
  await page.getByRole("button", { name: "Attach the chosen files" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Attached: passports.pdf, certificate.pdf" }),
  ).toBeVisible();
  await page.getByLabel(`Attach a file: ${identity}`).setInputFiles(tinyPdf("passports.pdf"));
  await page.getByRole("button", { name: "Continue" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
  const documents = page.getByRole("region", { name: "Documents", exact: true }).getByRole("listitem");
  await expect(documents).toHaveCount(2);
  await expect(documents.filter({ hasText: `${identity}: passports.pdf` })).toHaveCount(1);
  await expect(documents.filter({ hasText: `${medical}: certificate.pdf` })).toHaveCount(1);
  // Signing needs JavaScript, and the page says so; what an EDS is and where to get one.
  const shown = await withoutScripts(page, browser);
  await expect(shown.getByText("Signing with an EDS needs JavaScript.")).toBeVisible();
  await shown.context().close();
  await expect(page.getByRole("heading", { level: 3, name: "What is an EDS?" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a home visit instead" })).toBeVisible();
  await expectNoAxeViolations(page, browser);
  const review = page.url();
  await page.getByRole("link", { name: "Get a key" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "EDS keys" })).toBeVisible();
  await page.getByRole("link", { name: "Back to your request" }).click();
  await expect(page).toHaveURL(review);
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeVisible();
});

test("EDS sign-in without JavaScript says that it needs JavaScript", async ({ page, browser }) => {
  await page.goto("/en/sign-in/eds");
  const shown = await withoutScripts(page, browser);
  await expect(shown.getByText("Signing in with an EDS needs JavaScript.")).toBeVisible();
  await shown.context().close();
  await expectNoAxeViolations(page, browser);
});

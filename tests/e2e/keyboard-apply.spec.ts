import { expect, test } from "./fixtures";
import { toAlmaty } from "@/lib/calendar";
import { serviceDefinitions } from "@/lib/services/registry";
import { expectedDue, tinyPdf } from "./apply-support";
import { chooseRadio, pickFile, press, typeDate, typeInto } from "./keyboard";
import { demo, demoKeyFile, signInByApi } from "./support";

const keyboardApplyTitle =
  "keyboard only: a birth registration from the service page to the receipt, " +
  "focus on each new step's heading";
test(keyboardApplyTitle, async ({ page, context }) => {
  test.setTimeout(180_000);
  await signInByApi(context.request, demo.ahmetov);
  await page.goto("/en/services/birth-registration");
  await press(page, page.getByRole("button", { name: "Apply" }));
  await expect(page.getByRole("heading", { level: 1, name: "About the child" })).toBeFocused();
  await typeInto(page, page.getByLabel("Child's surname"), "Ахметова");
  await typeInto(page, page.getByLabel("Child's given name"), "Айша");
  await typeDate(page, page.getByLabel("Child's date of birth"), toAlmaty(new Date()).date);
  await chooseRadio(page, page.getByRole("group", { name: "Child's sex" }), page.getByLabel("Girl"));
  await press(page, page.getByRole("button", { name: "Continue" }));
  await expect(page.getByRole("heading", { level: 1, name: "About the parents" })).toBeFocused();
  await chooseRadio(
    page,
    page.getByRole("group", { name: "Grounds for the father's details" }),
    page.getByLabel("The parents' marriage"),
  );
  await expect(page.getByLabel("Father's IIN")).toHaveValue(demo.ahmetov);
  await press(page, page.getByRole("button", { name: "Continue" }));
  await expect(page.getByRole("heading", { level: 1, name: "Documents" })).toBeFocused();
  // The signed e-application is the application on the portal (002 §4): no file for it.
  await expect(page.getByLabel("Attach a file: Application", { exact: true })).toHaveCount(0);
  for (const title of ["Parents' identity documents", "Medical birth certificate"]) {
    await pickFile(page, page.getByLabel(`Attach a file: ${title}`), tinyPdf(`${title.slice(0, 12)}.pdf`));
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: title.slice(0, 12) })
        .or(page.getByRole("link", { name: `${title.slice(0, 12)}.pdf` }))
        .first(),
    ).toBeVisible();
  }
  await press(page, page.getByRole("button", { name: "Continue" }));
  await expect(page.getByRole("heading", { level: 1, name: "Check your answers" })).toBeFocused();
  await press(page, page.getByRole("button", { name: "Sign with EDS and submit" }));
  const dialog = page.getByRole("dialog");
  await pickFile(page, dialog.getByLabel("Key file (.p12)"), demoKeyFile(demo.ahmetov, "sign"));
  await typeInto(page, dialog.getByLabel("Key password"), demo.keyPassword);
  await press(page, dialog.getByRole("button", { name: "Open the key" }));
  await expect(dialog.getByText(demo.ahmetov)).toBeVisible();
  await press(page, dialog.getByRole("button", { name: "Sign", exact: true }));
  await expect(page.getByRole("heading", { level: 1, name: "Receipt" })).toBeFocused();
  await expect(
    page
      .getByRole("definition")
      .filter({ hasText: expectedDue("en", serviceDefinitions["birth-registration"].term) }),
  ).toBeVisible();
});

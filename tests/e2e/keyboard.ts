import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Keyboard-only helpers: every move is a key press (Tab, Shift+Tab, arrows, Space, Enter, typing);
 * nothing is clicked. Reaching a control by Tab also proves it is in the focus order (no traps).
 */
export async function tabTo(page: Page, target: Locator, max = 150) {
  await expect(target).toBeAttached();
  for (let presses = 0; presses < max; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) {
      const outline = await target.evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.outlineStyle} ${style.outlineWidth} ${style.boxShadow}`;
      });
      // A visible focus indicator: an outline or a ring (WCAG 2.4.7).
      expect(
        outline === "none 0px none",
        `focus on ${await target.evaluate((element) => element.outerHTML.slice(0, 80))} is invisible`,
      ).toBe(false);
      return;
    }
  }
  throw new Error(`not reachable with Tab: ${target}`);
}

export async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
  await expect(target).toHaveValue(text);
}

export async function press(page: Page, target: Locator, key: "Enter" | "Space" = "Enter") {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

/** A native select: arrow keys move through the options until the wanted value is chosen. */
export async function choose(page: Page, select: Locator, value: string) {
  await tabTo(page, select);
  for (let presses = 0; presses < 40 && (await select.inputValue()) !== value; presses++)
    await page.keyboard.press("ArrowDown");
  await expect(select).toHaveValue(value);
}

/** A radio group: Tab enters the group once (on its checked or first radio); Space and arrows choose. */
export async function chooseRadio(page: Page, group: Locator, target: Locator) {
  let inside = false;
  for (let presses = 0; presses < 150 && !inside; presses++) {
    await page.keyboard.press("Tab");
    inside = await group.evaluate(
      (element) =>
        element.contains(document.activeElement) &&
        (document.activeElement as HTMLInputElement).type === "radio",
    );
  }
  expect(inside, "the radio group is reachable with Tab").toBe(true);
  for (let presses = 0; presses < 10 && !(await target.isChecked()); presses++)
    await page.keyboard.press(presses === 0 ? "Space" : "ArrowDown");
  await expect(target).toBeChecked();
}

/** A file input: Space opens the chooser (as it would for a person), the test hands it the file. */
export async function pickFile(
  page: Page,
  input: Locator,
  file: string | { name: string; mimeType: string; buffer: Buffer },
) {
  await tabTo(page, input);
  const chooser = page.waitForEvent("filechooser");
  await page.keyboard.press("Space");
  await (await chooser).setFiles(file);
}

/** A native date input (en-US segments in this browser: month, day, year), typed digit by digit. */
export async function typeDate(page: Page, target: Locator, isoDate: string) {
  const [year, month, day] = isoDate.split("-");
  await tabTo(page, target);
  await page.keyboard.type(`${month}${day}${year}`);
  await expect(target).toHaveValue(isoDate);
}

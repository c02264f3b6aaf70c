import { expect, test as base, type BrowserContext } from "@playwright/test";
import { CLIENT_MISSING_MESSAGE } from "@/lib/i18n/missing-message";

/**
 * Playwright's `test`, failing any test during which a page reported a message missing in the browser
 * (the server side shows missing keys as ⟦…⟧, which the page checks look for).
 */
export const test = base.extend<{ missingMessages: void }>({
  missingMessages: [
    async ({ browser, context }, use) => {
      const missing: string[] = [];
      const watch = (watched: BrowserContext) =>
        watched.on("console", (message) => {
          if (message.text().includes(CLIENT_MISSING_MESSAGE)) missing.push(message.text());
        });
      watch(context);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const created = await newContext(options);
        watch(created);
        return created;
      };
      await use();
      browser.newContext = newContext;
      expect(missing, "messages missing in the browser").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

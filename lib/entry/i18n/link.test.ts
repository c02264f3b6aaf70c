import { describe, expect, it } from "vitest";
import { localeHref } from "./link";

describe("a link's address in the page's language", () => {
  it("puts the locale in front of the site's own paths, with their query and fragment", () => {
    expect(localeHref("kk", "/services")).toBe("/kk/services");
    expect(localeHref("ru", "/")).toBe("/ru");
    expect(localeHref("en", "/sign-in?next=%2Fkk%2Fcabinet#form")).toBe(
      "/en/sign-in?next=%2Fkk%2Fcabinet#form",
    );
  });

  it("leaves other addresses as they are", () => {
    for (const href of ["tel:1414", "mailto:help@example.kz", "https://egov.kz", "//cdn.example", "#main"])
      expect(localeHref("kk", href)).toBe(href);
  });
});

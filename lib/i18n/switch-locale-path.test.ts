import { describe, expect, it } from "vitest";
import { switchLocalePath } from "./switch-locale-path";

describe("switchLocalePath", () => {
  it("keeps the page and the query, changing only the language", () => {
    expect(switchLocalePath("/kk/services/birth-registration?step=2", "ru")).toBe(
      "/ru/services/birth-registration?step=2",
    );
    expect(switchLocalePath("/en", "kk")).toBe("/kk");
    expect(switchLocalePath("/ru/", "en")).toBe("/en");
  });

  it("adds a language to a path without one", () => {
    expect(switchLocalePath("/", "en")).toBe("/en");
    expect(switchLocalePath("/cabinet", "ru")).toBe("/ru/cabinet");
  });
});

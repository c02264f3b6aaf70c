import { describe, expect, it } from "vitest";
import { iinField, iinProblem } from "./iin-field";

describe("the IIN field", () => {
  it("accepts a valid IIN typed with spaces, and gives it back without them", () => {
    expect(iinField.parse("941114 310075")).toBe("941114310075");
    expect(iinProblem("941114310075")).toBeNull();
  });

  it("names the problem as an errors key", () => {
    expect(iinProblem("")).toBe("iin.required");
    expect(iinProblem("94111431007")).toBe("iin.length");
    expect(iinProblem("94111431007x")).toBe("iin.format");
    expect(iinProblem("941114310076")).toBe("iin.checksum");
    const result = iinField.safeParse("  ");
    expect(result.success ? null : result.error.issues[0]?.message).toBe("iin.required");
  });
});

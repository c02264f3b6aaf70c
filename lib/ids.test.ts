import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parseId } from "./ids";

describe("parseId", () => {
  it("takes our ids", () => {
    const id = randomUUID();
    expect(parseId(id)).toBe(id);
  });

  it("refuses anything else", () => {
    for (const value of [
      "",
      "1",
      "../etc/passwd",
      `${randomUUID()}x`,
      "------------------------------------",
    ])
      expect(parseId(value)).toBeNull();
    expect(parseId(randomUUID().toUpperCase())).toBeNull();
    expect(parseId(undefined)).toBeNull();
    expect(parseId(42)).toBeNull();
  });
});

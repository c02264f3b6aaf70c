import { describe, expect, it } from "vitest";
import { suggestRegisteringBody } from "./registering-body";

describe("the registering body from the place of registration (seed 001 §5 step 5)", () => {
  const bodies = [
    { id: "cr-1", district: "Іле ауданы" },
    { id: "cr-2", district: "Талғар ауданы" },
    { id: "cr-3", district: "Орал қ." },
  ];
  it("is the civil registry office whose district the place names", () => {
    expect(suggestRegisteringBody(bodies, "Талғар ауданы, Алматы облысы")).toBe("cr-2");
    expect(suggestRegisteringBody(bodies, "ОРАЛ қаласы")).toBe("cr-3");
    expect(suggestRegisteringBody(bodies, "Іле")).toBe("cr-1");
  });
  it("is none when the place names no district we know, or is empty", () => {
    expect(suggestRegisteringBody(bodies, "Астана")).toBeNull();
    expect(suggestRegisteringBody(bodies, "  ")).toBeNull();
    expect(suggestRegisteringBody(bodies, undefined)).toBeNull();
  });
});

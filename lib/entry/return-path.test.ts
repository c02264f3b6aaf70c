import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./return-path";

describe("the return path after sign-in", () => {
  it.each([
    "/kk/services/birth-registration",
    "/ru/cabinet/applications/0c6a5b1e-1111-4aaa-8bbb-123456789abc/step/child",
    "/en/cabinet/home-visits/new?for=other",
    "/kk",
    "/ru/verify?number=R-20260101-0000000000",
  ])("keeps a path on this site: %s", (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    "//evil.example",
    "//evil.example/kk",
    "/\\evil",
    "/\\/evil.example",
    "/kk\\..\\..\\evil",
    "https://evil.example/kk",
    "http:/kk/services",
    "javascript:alert(1)",
    "JavaScript:alert(1)//kk",
    "data:text/html,hi",
    "/%2f%2fevil.example",
    "/%5cevil.example",
    "kk/services",
    "/de/services",
    "/services",
    "/api/v1/me",
    "/kk/services\n/evil",
    "/kk/\tservices",
    " /kk/services",
    "",
    "/kk/sign-in",
    "/ru/sign-in/code?id=1",
    "/kk/register",
    `/kk/${"a".repeat(600)}`,
  ])("refuses %j", (path) => {
    expect(safeReturnPath(path)).toBeNull();
  });

  it("refuses what is not a string", () => {
    expect(safeReturnPath(undefined)).toBeNull();
    expect(safeReturnPath(["/kk"])).toBeNull();
    expect(safeReturnPath(null)).toBeNull();
  });

  it("normalises dot segments and still stays inside a locale", () => {
    expect(safeReturnPath("/kk/../ru/services")).toBe("/ru/services");
    expect(safeReturnPath("/kk/../../evil")).toBeNull();
  });
});

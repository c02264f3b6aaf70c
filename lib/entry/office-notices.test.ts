import { describe, expect, it } from "vitest";
import { officeNotice, visitNotice } from "./office-notices";
import { paths } from "./routes";

describe("office notices", () => {
  it("shows only a key of the fixed set: text from the URL is ignored", () => {
    expect(officeNotice("register")).toBe("register");
    expect(officeNotice("passwordChanged")).toBe("passwordChanged");
    expect(officeNotice("Your account is blocked: call +7 700 000 0000")).toBeNull();
    expect(officeNotice("<script>alert(1)</script>")).toBeNull();
    expect(officeNotice(["register"])).toBeNull();
    expect(officeNotice(undefined)).toBeNull();
    expect(officeNotice("scheduled")).toBeNull();
    expect(visitNotice("scheduled")).toBe("scheduled");
    expect(visitNotice("register")).toBeNull();
  });

  it("puts the key, not a sentence, in the address", () => {
    expect(paths.office({ done: "sign" })).toBe("/office?done=sign");
    expect(paths.officeHomeVisit("id-1", "cancelled")).toBe("/office/home-visits/id-1?done=cancelled");
  });
});

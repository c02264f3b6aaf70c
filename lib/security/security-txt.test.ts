import { describe, expect, it } from "vitest";
import { securityTxt, securityTxtExpires, SECURITY_TXT_REVIEWED } from "./security-txt";

describe("security.txt (RFC 9116)", () => {
  it("names a contact, the languages and its canonical address on the configured origin", () => {
    const text = securityTxt("https://qyzmet.example.kz");
    expect(text).toContain("Contact: mailto:security@qyzmet.example.kz\n");
    expect(text).toContain("Preferred-Languages: kk, ru, en\n");
    expect(text).toContain("Canonical: https://qyzmet.example.kz/.well-known/security.txt\n");
    expect(text).toMatch(/^Expires: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/m);
  });

  it("expires less than a year after its review", () => {
    const days = (securityTxtExpires().getTime() - new Date(SECURITY_TXT_REVIEWED).getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(300);
    expect(days).toBeLessThan(365);
  });

  it("has not expired and is not about to (review the contact and move SECURITY_TXT_REVIEWED)", () => {
    expect(securityTxtExpires().getTime() - Date.now()).toBeGreaterThan(14 * 86_400_000);
  });
});

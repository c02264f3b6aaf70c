import { describe, expect, it } from "vitest";
import { computeCheckDigit, isValidBinChecksum, makeIin, parseIin } from "./index";

/** Builds a number from 11 digits with its correct check digit (or fails if none exists). */
function withCheck(firstEleven: string): string {
  const check = computeCheckDigit(firstEleven);
  if (check === null) throw new Error(`no check digit for ${firstEleven}`);
  return `${firstEleven}${check}`;
}

describe("parseIin", () => {
  it("accepts a number whose first checksum pass is not 10", () => {
    const iin = withCheck("85010530000");
    const firstPass =
      [..."85010530000"].reduce((sum, digit, index) => sum + Number(digit) * (index + 1), 0) % 11;
    expect(firstPass).not.toBe(10);
    expect(parseIin(iin)).toEqual({ valid: true, birthDate: "1985-01-05", sex: "male" });
  });

  it("accepts a number that needs the second checksum pass", () => {
    let found: string | null = null;
    for (let serial = 0; serial < 10000 && !found; serial++) {
      const first = `9203154${String(serial).padStart(4, "0")}`;
      const firstPass = [...first].reduce((sum, digit, index) => sum + Number(digit) * (index + 1), 0) % 11;
      if (firstPass === 10 && computeCheckDigit(first) !== null) found = withCheck(first);
    }
    expect(found).not.toBeNull();
    expect(parseIin(found!)).toEqual({ valid: true, birthDate: "1992-03-15", sex: "female" });
  });

  it("rejects a number whose both checksum passes give 10", () => {
    let impossible: string | null = null;
    for (let serial = 0; serial < 10000 && !impossible; serial++) {
      const first = `9203154${String(serial).padStart(4, "0")}`;
      if (computeCheckDigit(first) === null) impossible = first;
    }
    expect(impossible).not.toBeNull();
    for (let last = 0; last <= 9; last++) {
      expect(parseIin(`${impossible}${last}`)).toEqual({ valid: false, reason: "checksum" });
    }
  });

  it("reads century and sex from digit 7", () => {
    expect(parseIin(withCheck("85010510001"))).toMatchObject({
      valid: true,
      birthDate: "1885-01-05",
      sex: "male",
    });
    expect(parseIin(withCheck("85010520001"))).toMatchObject({
      valid: true,
      birthDate: "1885-01-05",
      sex: "female",
    });
    expect(parseIin(withCheck("85010540001"))).toMatchObject({ birthDate: "1985-01-05", sex: "female" });
    expect(parseIin(withCheck("15010550001"))).toMatchObject({ birthDate: "2015-01-05", sex: "male" });
    expect(parseIin(withCheck("15010560001"))).toMatchObject({ birthDate: "2015-01-05", sex: "female" });
  });

  it.each(["0", "7", "8", "9"])("rejects century digit %s", (digit) => {
    expect(parseIin(withCheck(`850105${digit}0001`))).toEqual({ valid: false, reason: "century" });
  });

  it("rejects the wrong length", () => {
    expect(parseIin("")).toEqual({ valid: false, reason: "length" });
    expect(parseIin("85010530001")).toEqual({ valid: false, reason: "length" });
    expect(parseIin("8501053000123")).toEqual({ valid: false, reason: "length" });
  });

  it("rejects anything but 12 ASCII digits", () => {
    expect(parseIin("85010530001a")).toEqual({ valid: false, reason: "format" });
    expect(parseIin("850105 30001")).toEqual({ valid: false, reason: "format" });
    expect(parseIin("٨٥٠١٠٥٣٠٠٠١٢")).toEqual({ valid: false, reason: "format" });
    expect(parseIin("-85010530001")).toEqual({ valid: false, reason: "format" });
  });

  it("rejects dates that do not exist", () => {
    expect(parseIin(withCheck("85130530001"))).toEqual({ valid: false, reason: "date" });
    expect(parseIin(withCheck("85000530001"))).toEqual({ valid: false, reason: "date" });
    expect(parseIin(withCheck("85013230001"))).toEqual({ valid: false, reason: "date" });
    expect(parseIin(withCheck("85043130001"))).toEqual({ valid: false, reason: "date" });
    expect(parseIin(withCheck("85010030001"))).toEqual({ valid: false, reason: "date" });
  });

  it("knows 29 February: 2000 was a leap year, 1900 and 1800 were not", () => {
    expect(parseIin(withCheck("00022950001"))).toEqual({ valid: true, birthDate: "2000-02-29", sex: "male" });
    expect(parseIin(withCheck("00022930001"))).toEqual({ valid: false, reason: "date" });
    expect(parseIin(withCheck("00022910001"))).toEqual({ valid: false, reason: "date" });
    expect(parseIin(withCheck("96022940001"))).toEqual({
      valid: true,
      birthDate: "1996-02-29",
      sex: "female",
    });
  });

  it("rejects a wrong check digit", () => {
    const iin = withCheck("85010530000");
    const wrong = `${iin.slice(0, 11)}${(Number(iin[11]) + 1) % 10}`;
    expect(parseIin(wrong)).toEqual({ valid: false, reason: "checksum" });
  });
});

describe("makeIin", () => {
  it("makes numbers that parseIin accepts with the same birth date and sex", () => {
    for (let serial = 0; serial < 300; serial++) {
      const sex = serial % 2 === 0 ? "male" : "female";
      const iin = makeIin("1988-12-31", sex, serial);
      expect(parseIin(iin)).toEqual({ valid: true, birthDate: "1988-12-31", sex });
    }
  });
});

describe("isValidBinChecksum", () => {
  it("uses the same checksum as the IIN", () => {
    const bin = withCheck("06014000123");
    expect(isValidBinChecksum(bin)).toBe(true);
    expect(isValidBinChecksum(`${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`)).toBe(false);
  });
});

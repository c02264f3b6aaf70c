import { computeCheckDigit, type Sex } from "./parse-iin";

/**
 * Builds a valid IIN for a birth date, sex and serial (used by the synthetic registries and tests).
 * Serials whose check digit would be 10 twice are skipped to the next serial.
 */
export function makeIin(birthDate: string, sex: Sex, serial: number): string {
  const [year, month, day] = birthDate.split("-");
  if (!year || !month || !day) throw new Error("birthDate must be YYYY-MM-DD");
  const century = Math.floor(Number(year) / 100);
  const centuryDigit = { 18: 1, 19: 3, 20: 5 }[century];
  if (centuryDigit === undefined) throw new Error("birth year out of range");
  const digit7 = centuryDigit + (sex === "female" ? 1 : 0);
  for (let next = serial; next < serial + 100; next++) {
    const firstEleven = `${year.slice(2)}${month}${day}${digit7}${String(next % 10000).padStart(4, "0")}`;
    const check = computeCheckDigit(firstEleven);
    if (check !== null) return `${firstEleven}${check}`;
  }
  throw new Error("no valid serial found");
}

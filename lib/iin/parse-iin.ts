/**
 * The Kazakhstan individual identification number (IIN, ЖСН/ИИН): 12 digits,
 * YYMMDD + century/sex digit + 4-digit serial + check digit. The BIN shares the checksum.
 */
export type IinInvalidReason = "length" | "format" | "century" | "date" | "checksum";
export type Sex = "male" | "female";
export type ParsedIin =
  { valid: true; birthDate: string; sex: Sex } | { valid: false; reason: IinInvalidReason };

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;
const CENTURY_START: Record<string, number> = {
  "1": 1800,
  "2": 1800,
  "3": 1900,
  "4": 1900,
  "5": 2000,
  "6": 2000,
};

/** The check digit for the first 11 digits, or null when both passes give 10 (no valid number). */
export function computeCheckDigit(firstEleven: string): number | null {
  const digits = [...firstEleven].map(Number);
  const weighted = (weights: readonly number[]) =>
    digits.reduce((sum, digit, index) => sum + digit * (weights[index] ?? 0), 0) % 11;
  const first = weighted(FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(SECOND_WEIGHTS);
  return second === 10 ? null : second;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export function parseIin(value: string): ParsedIin {
  if (value.length !== 12) return { valid: false, reason: "length" };
  if (!/^[0-9]{12}$/.test(value)) return { valid: false, reason: "format" };
  const centuryStart = CENTURY_START[value[6] as string];
  if (centuryStart === undefined) return { valid: false, reason: "century" };
  const year = centuryStart + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  if (!isRealDate(year, month, day)) return { valid: false, reason: "date" };
  if (computeCheckDigit(value.slice(0, 11)) !== Number(value[11]))
    return { valid: false, reason: "checksum" };
  const birthDate = `${year}-${value.slice(2, 4)}-${value.slice(4, 6)}`;
  return { valid: true, birthDate, sex: Number(value[6]) % 2 === 1 ? "male" : "female" };
}

/** Same checksum rule for the 12-digit business identification number (BIN). */
export function isValidBinChecksum(value: string): boolean {
  return /^[0-9]{12}$/.test(value) && computeCheckDigit(value.slice(0, 11)) === Number(value[11]);
}

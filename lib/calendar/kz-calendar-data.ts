/**
 * Kazakhstan's days off, as data. Sources:
 * - Law of the Republic of Kazakhstan "On holidays in the Republic of Kazakhstan" of 13 Dec 2001 No. 267-II
 *   (as amended; Republic Day 25 Oct from 2022, 17 Dec dropped from 2022; Constitution Day 30 Aug until 2025,
 *   not a holiday in 2026, 15 Mar from 2027 by the 2026 constitutional reform).
 * - Labour Code of the Republic of Kazakhstan, Art. 85 (a holiday on a day off moves to the next working day;
 *   Orthodox Christmas and Kurban Ait day 1 are not moved).
 * - Government decrees on transferring days off: 2023 (1 Jul worked, 7 Jul off), 2024 (4 May worked,
 *   8 May off), 2025 (5 Jan worked, 3 Jan off).
 * - Kurban Ait day 1 is set yearly by the Spiritual Administration of Muslims of Kazakhstan; 2026 and 2027
 *   are estimates until announced.
 */
export type HolidayRule = {
  month: number;
  day: number;
  neverMoved?: boolean;
  fromYear?: number;
  untilYear?: number;
};

export const fixedHolidays: HolidayRule[] = [
  { month: 1, day: 1 },
  { month: 1, day: 2 },
  { month: 1, day: 7, neverMoved: true },
  { month: 3, day: 8 },
  { month: 3, day: 15, fromYear: 2027 },
  { month: 3, day: 21 },
  { month: 3, day: 22 },
  { month: 3, day: 23 },
  { month: 5, day: 1 },
  { month: 5, day: 7 },
  { month: 5, day: 9 },
  { month: 7, day: 6 },
  { month: 8, day: 30, untilYear: 2025 },
  { month: 10, day: 25, fromYear: 2022 },
  { month: 12, day: 16 },
  { month: 12, day: 17, untilYear: 2021 },
];

/** Kurban Ait day 1 (never moved). */
export const kurbanAit: Record<number, { date: string; estimated?: boolean }> = {
  2023: { date: "2023-06-28" },
  2024: { date: "2024-06-16" },
  2025: { date: "2025-06-06" },
  2026: { date: "2026-05-27", estimated: true },
  2027: { date: "2027-05-16", estimated: true },
};

/** Decreed transfers: a weekend day made a working day, and a weekday made a day off. */
export const decreedTransfers: Record<number, Array<{ worked: string; off: string }>> = {
  2023: [{ worked: "2023-07-01", off: "2023-07-07" }],
  2024: [{ worked: "2024-05-04", off: "2024-05-08" }],
  2025: [{ worked: "2025-01-05", off: "2025-01-03" }],
};

export { computeRegisteredAt, computeResultDueAt, lastDayOfTerm, type Term } from "./deadlines";
export { isWorkingDay, nextWorkingDay, daysOff } from "./working-days";
export { toAlmaty, fromAlmaty, TIME_ZONE } from "./almaty-time";
export type { LocalDate } from "./local-date";
export { CALENDAR_YEARS, calendarCovers } from "./coverage";

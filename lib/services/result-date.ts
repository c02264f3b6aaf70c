import { computeRegisteredAt, computeResultDueAt, isWorkingDay, type Term } from "@/lib/calendar";
import { addDays } from "@/lib/calendar/local-date";
import { termConditions, type TermFacts } from "./term-conditions";
import type { ServiceDefinition } from "./types";

type Terms = Pick<ServiceDefinition, "term" | "alternativeTerms">;

/**
 * The term for a submission with these facts: the first alternative term whose named condition
 * holds (./term-conditions.ts), else the standard term.
 */
export function termFor(service: Terms, facts: TermFacts): Term {
  return service.alternativeTerms.find(({ when }) => termConditions[when](facts))?.term ?? service.term;
}

const standardFacts: TermFacts = { lateRegistration: false };

/**
 * When a request submitted at `submittedAt` is registered, its term and when its result is due
 * (calendar.md). Without facts, the standard case (the catalogue and the public API show it).
 */
export function resultDateFor(service: Terms, submittedAt: Date, facts: TermFacts = standardFacts) {
  const registeredAt = computeRegisteredAt(submittedAt);
  const term = termFor(service, facts);
  return { registeredAt, term, dueAt: computeResultDueAt(registeredAt, term) };
}

/**
 * Whether the term depends on the birth date (an alternative term on late registration, 002 §5.3): a
 * path without the portal form (a home visit) then asks for the child's birth date.
 */
export function askBirthDateForTerm(service: Pick<ServiceDefinition, "alternativeTerms">): boolean {
  return service.alternativeTerms.some(({ when }) => when === "lateRegistration");
}

/**
 * A birth registered late: applied for more than 3 working days after the birth (002 §5.3), counting
 * the working days from the day after the birth up to and including `today` (local dates).
 */
export function isLateRegistration(birthDate: string, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(birthDate) || birthDate > today) return false;
  let count = 0;
  for (let day = addDays(birthDate, 1); day <= today && count <= 3; day = addDays(day, 1))
    if (isWorkingDay(day)) count++;
  return count > 3;
}

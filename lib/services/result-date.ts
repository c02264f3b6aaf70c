import { computeRegisteredAt, computeResultDueAt, type Term } from "@/lib/calendar";
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

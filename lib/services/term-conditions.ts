import type { Facts } from "./forms/types";

/** What a term condition may look at: the facts the state systems give for a submission. */
export type TermFacts = Pick<Facts, "lateRegistration">;

/**
 * The named conditions a service's alternative term can depend on, each a function of the
 * submission's facts. A service file names one (`{ when: "lateRegistration", term }`); the
 * term engine (./result-date.ts) evaluates it. Defined here once, for every service.
 */
export const termConditions = {
  /** The birth is registered late: more than 3 working days after it (lib/applications/form-context). */
  lateRegistration: (facts: TermFacts) => facts.lateRegistration,
} satisfies Record<string, (facts: TermFacts) => boolean>;

export type TermCondition = keyof typeof termConditions;

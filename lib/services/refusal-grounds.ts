import type { ServiceDefinition } from "./types";

/**
 * The grounds a request can be refused on, shared by the services (texts: refusalGrounds.<id> in
 * messages). "intake": the clerk refuses to accept the documents; "decision": the executor's reasoned
 * refusal (or, for a conclusion, the grounds of a negative one). Each service file lists its own.
 */
export const refusalGroundIds = [
  "incompleteSet",
  "expiredDocuments",
  "unreliableData",
  "requirementsNotMet",
  "noActRecord",
] as const;

export type RefusalGroundId = (typeof refusalGroundIds)[number];
export type RefusalStage = "intake" | "decision";
export type RefusalGround = { id: RefusalGroundId; stage: RefusalStage; source: string };

/** A service's refusal grounds, optionally of one stage (the API lists them; the office offers them). */
export function refusalGroundsOf(
  service: Pick<ServiceDefinition, "refusalGrounds">,
  stage?: RefusalStage,
): RefusalGround[] {
  return service.refusalGrounds.filter((ground) => !stage || ground.stage === stage);
}

export function isRefusalGroundId(value: string): value is RefusalGroundId {
  return (refusalGroundIds as readonly string[]).includes(value);
}

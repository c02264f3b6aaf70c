import { computeRegisteredAt, computeResultDueAt } from "@/lib/calendar";
import type { ServiceDefinition } from "./types";

/** When a request submitted at `submittedAt` is registered, and when its result is due (the standard term). */
export function resultDateFor(service: ServiceDefinition, submittedAt: Date) {
  const registeredAt = computeRegisteredAt(submittedAt);
  return { registeredAt, dueAt: computeResultDueAt(registeredAt, service.term) };
}

import type { ServiceDefinition } from "./types";

/**
 * Declares one service file (`export default defineService({ ... })`): checks it against
 * ServiceDefinition and keeps its id, message key and result kind as literal types.
 */
export function defineService<Id extends string, Key extends string, Kind extends string>(
  service: ServiceDefinition<Id, Key, Kind>,
): ServiceDefinition<Id, Key, Kind> {
  return service;
}

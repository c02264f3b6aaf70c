import { catalogue } from "./catalogue";
import type { ServiceDefinition } from "./types";

/**
 * The one registry of services, built from the files in ./catalogue (one file per service, listed by
 * the generated ./catalogue/index.ts). Ids, message keys and result kinds are typed from those files.
 */
type Files = typeof catalogue;
export type ServiceId = keyof Files;
export type ServiceMessageKey = Files[ServiceId]["messageKey"];
export type ServiceResultKind = Files[ServiceId]["resultKind"];
export type Service = ServiceDefinition<ServiceId, ServiceMessageKey, ServiceResultKind>;
/** What a result document is: a service's positive answer, or a refusal. */
export type ResultKind = ServiceResultKind | "refusal";

/** Each file is named by its service's id: a mismatch fails the type check here. */
const byId: { [Id in ServiceId]: Service & { id: Id } } = catalogue;

/** Every service by id. */
export const serviceDefinitions: Readonly<Record<ServiceId, Service>> = byId;

/** The services in catalogue order (each file's `order`), as the pages, the API and forms list them. */
export const services: readonly Service[] = Object.values(byId).sort((a, b) => a.order - b.order);
export const serviceIds: readonly ServiceId[] = services.map((service) => service.id);

/** Whether an untrusted string (a URL segment, a form field) names a service. */
export function isServiceId(value: string): value is ServiceId {
  return Object.hasOwn(byId, value);
}

export function getService(id: ServiceId): Service {
  return byId[id];
}

/** The service an untrusted id names, or null. */
export function findService(id: string): Service | null {
  return isServiceId(id) ? byId[id] : null;
}

/**
 * The service of a stored row (a request, a home visit): its id was checked when it was written,
 * so an unknown one is a broken invariant, not user input.
 */
export function storedService(id: string): Service {
  if (!isServiceId(id)) throw new Error(`No service "${id}" in lib/services/catalogue`);
  return byId[id];
}

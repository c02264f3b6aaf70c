import type { Channel, ServiceDefinition, ServiceDocument } from "./types";

/**
 * The channels where a paper application is filed: the provider's office and the State Corporation
 * employee's home visit (Standard annex 1 or 2). On the portal the basis is the electronic request
 * certified with the applicant's EDS (seed 002 §4, 003 §4), so no "application" file is asked there.
 */
export const paperChannels: readonly Channel[] = ["provider-office", "home-visit"];

/** The documents a channel asks for, in the service's order. */
export function documentsFor(
  service: Pick<ServiceDefinition, "documents">,
  channel: Channel,
): readonly ServiceDocument[] {
  return service.documents.filter((document) => !document.channels || document.channels.includes(channel));
}

/** The ids of the documents a channel requires (the documents step and the submit check). */
export function requiredDocumentIds(service: Pick<ServiceDefinition, "documents">, channel: Channel) {
  return documentsFor(service, channel)
    .filter((document) => document.requirement === "required")
    .map((document) => document.id);
}

/** Whether the service can be requested through a channel (e.g. a home visit: 002 §12 services only). */
export function offersChannel(service: Pick<ServiceDefinition, "channels">, channel: Channel): boolean {
  return service.channels.includes(channel);
}

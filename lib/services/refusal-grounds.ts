import type { ServiceDefinition } from "./types";

/** A ground on which the provider refuses the service (Standard §10), as the API lists it. */
export type RefusalGround = { id: string; title: string; seed: string; paragraph: string };

/**
 * The service's refusal grounds for GET /api/v1/services/{id}. The definitions do not carry them yet
 * (a `refusalGrounds` list per service, cited to its seed, is being added separately): until then the
 * list is empty, and this is the one place that reads them.
 */
export function refusalGroundsOf(service: Pick<ServiceDefinition, "id">): RefusalGround[] {
  void service;
  return [];
}

/** Record ids are UUIDs (gen_random_uuid / randomUUID): lower-case hex in the 8-4-4-4-12 groups. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The one parser for an id that arrives from outside (a URL segment, a form field): the id when it
 * has the shape of ours, or null, so a query never runs with a value that cannot match a row.
 */
export function parseId(value: unknown): string | null {
  return typeof value === "string" && UUID.test(value) ? value : null;
}

import { z } from "zod";

/** The highest page number a list accepts (10,000 pages of 100 is more than anyone has). */
export const MAX_PAGE = 10_000;

/** A page number from a query string: a whole number from 1 to MAX_PAGE. */
export const pageParam = z.coerce
  .number({ error: "field.page" })
  .int("field.page")
  .min(1, "field.page")
  .max(MAX_PAGE, "field.page");

/** For pages (not the API): a page number that is not one shows the first page. */
export function pageOrFirst(value: unknown): number {
  const parsed = pageParam.safeParse(typeof value === "string" ? value : undefined);
  return parsed.success ? parsed.data : 1;
}

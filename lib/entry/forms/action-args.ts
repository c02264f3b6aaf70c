import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { parseId } from "@/lib/ids";

/** A form post's data. */
export const formDataArg = z.instanceof(FormData);
/** A record id (a UUID); anything else cannot name a row. */
export const idArg = z.string().refine((value) => parseId(value) !== null);
/** A short token such as a step id or a mode. */
export const tokenArg = z.string().max(100);

/**
 * A server action's arguments, checked: anyone can post any arguments to any action id (bound ones
 * too), so none is trusted. Arguments that no page of ours sends are the 404 page, never a 500.
 */
export function checkArgs<T extends z.ZodType>(schema: T, args: unknown): z.output<T> {
  const parsed = schema.safeParse(args);
  if (!parsed.success) notFound();
  return parsed.data;
}

/** A domain "not found" (an unknown or someone else's id) is the 404 page; other errors go on. */
export function notFoundOnMissing(error: unknown): void {
  if (error instanceof AppError && error.code === "not_found") notFound();
}

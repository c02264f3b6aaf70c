import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/forms/form-state";
import { checkArgs, formDataArg, notFoundOnMissing } from "./action-args";

const SECRET_FIELDS = /password|code/i;

/**
 * The form answer for a coded error: translated field messages, or one form message (with the time to
 * try again after a refusal for too many tries). "Not found" is the 404 page; anything else is rethrown.
 */
export async function formStateFromError(error: unknown, echo: Record<string, string>): Promise<FormState> {
  notFoundOnMissing(error);
  if (!(error instanceof AppError)) throw error;
  const t = await getTranslations("errors");
  const errors = Object.fromEntries(
    Object.entries(error.fieldErrors).map(([field, key]) => [field, t(key as never)]),
  );
  let formError = Object.keys(errors).length ? undefined : t(`codes.${error.code}` as never);
  if (error.retryAfterSeconds) {
    const format = await getFormatter();
    const time = format.dateTime(new Date(Date.now() + error.retryAfterSeconds * 1000), {
      hour: "2-digit",
      minute: "2-digit",
    });
    formError = `${formError ?? ""} ${t("retryAt", { time })}`.trim();
  }
  return { status: "error", values: echo, errors, formError };
}

/** Reads the named fields, runs the operation, and turns an AppError into translated field messages. */
export async function runFormAction(
  formData: FormData,
  fields: string[],
  operation: (values: Record<string, string>) => Promise<Partial<FormState> | void>,
): Promise<FormState> {
  const form = checkArgs(formDataArg, formData);
  const values = Object.fromEntries(fields.map((name) => [name, String(form.get(name) ?? "")]));
  const echo = Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELDS.test(name)));
  try {
    const result = await operation(values);
    return { status: "success", values: echo, errors: {}, ...result };
  } catch (error) {
    return formStateFromError(error, echo);
  }
}

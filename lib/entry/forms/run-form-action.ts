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
  // A throttled answer says when to come back (the page's locale, Asia/Almaty); messages may use {time}.
  const wait = error.retryAfterSeconds;
  const time = wait
    ? (await getFormatter()).dateTime(new Date(Date.now() + wait * 1000), {
        hour: "2-digit",
        minute: "2-digit",
      })
    : "";
  const translate = (key: string) => t(key as never, { time } as never);
  // `form` is a message for the whole form rather than one field (e.g. "code.tooMany").
  const { form, ...fields } = error.fieldErrors;
  const errors = Object.fromEntries(Object.entries(fields).map(([field, key]) => [field, translate(key)]));
  let formError = form
    ? translate(form)
    : Object.keys(errors).length
      ? undefined
      : t(`codes.${error.code}` as never);
  if (time && !form) formError = `${formError ?? ""} ${t("retryAt", { time })}`.trim();
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

"use client";

import { useActionState, type ReactNode } from "react";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { ConfirmBox } from "./confirm-box";
import { ErrorSummary } from "./error-summary";
import { TextField } from "./text-field";

export type FieldConfig = {
  name: string;
  label: string;
  hint?: string;
  type?: "text" | "password" | "tel" | "datetime-local";
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "text";
  maxLength?: number;
};

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: FieldConfig[];
  submitLabel: string;
  summaryTitle: string;
  hidden?: Record<string, string>;
  /** Ids for this form's fields, when several forms share a page. */
  idPrefix?: string;
  /** More controls after the fields (e.g. a checkbox). */
  children?: ReactNode;
  /** The error summary's names for the controls in children (their ids are idPrefix + name). */
  childLabels?: Record<string, string>;
  /**
   * A destructive action: a required "I confirm" box with this label (field `confirm`, checked by the
   * server action) and a secondary button instead of the main one.
   */
  confirmLabel?: string;
};

const primaryButton =
  "min-h-11 rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark disabled:opacity-70";
/** A destructive action's button: outlined in the danger colour, never the page's main action. */
const secondaryButton =
  "min-h-11 rounded border-2 border-danger bg-white px-5 font-semibold text-danger hover:bg-surface " +
  "disabled:opacity-70";

/** A form posted to a server action: works without JavaScript, and with it shows errors in place. */
export function ActionForm({
  action,
  fields,
  submitLabel,
  summaryTitle,
  hidden = {},
  idPrefix = "field-",
  children,
  childLabels = {},
  confirmLabel,
}: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const labels = { ...childLabels, ...Object.fromEntries(fields.map((field) => [field.name, field.label])) };
  if (confirmLabel) labels.confirm = confirmLabel;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary
        title={summaryTitle}
        formError={state.formError}
        errors={state.errors}
        labels={labels}
        idPrefix={idPrefix}
      />
      {state.status === "success" && state.message ? (
        <p role="status" className="rounded border-l-4 border-success bg-surface p-3 font-semibold">
          {state.message}
        </p>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => (
        <TextField
          key={field.name}
          {...field}
          id={`${idPrefix}${field.name}`}
          error={state.errors[field.name]}
          defaultValue={state.values[field.name]}
        />
      ))}
      {children}
      {confirmLabel ? (
        <ConfirmBox id={`${idPrefix}confirm`} label={confirmLabel} error={state.errors.confirm} />
      ) : null}
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className={confirmLabel ? secondaryButton : primaryButton}
      >
        {submitLabel}
      </button>
    </form>
  );
}

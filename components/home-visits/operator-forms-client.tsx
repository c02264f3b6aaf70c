"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;
type Option = { value: string; label: string };
const button =
  "min-h-11 rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark disabled:opacity-70";

/** Date (working days only), window and employee for a visit. */
export function ScheduleForm({
  action,
  version,
  days,
  windows,
  employees,
  labels,
}: {
  action: Action;
  version: number;
  days: Option[];
  windows: Option[];
  employees: Option[];
  labels: {
    date: string;
    window: string;
    employee: string;
    choose: string;
    submit: string;
    summaryTitle: string;
  };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-4">
      <ErrorSummary
        title={labels.summaryTitle}
        formError={state.formError}
        errors={state.errors}
        labels={{ date: labels.date, window: labels.window, employee: labels.employee }}
        idPrefix="schedule-"
      />
      <input type="hidden" name="version" value={version} />
      <SelectField
        id="schedule-date"
        name="date"
        label={labels.date}
        options={days}
        placeholder={labels.choose}
        error={state.errors.date}
        defaultValue={state.values.date}
      />
      <SelectField
        id="schedule-window"
        name="window"
        label={labels.window}
        options={windows}
        placeholder={labels.choose}
        error={state.errors.window}
        defaultValue={state.values.window}
      />
      <SelectField
        id="schedule-employee"
        name="employee"
        label={labels.employee}
        options={employees}
        placeholder={labels.choose}
        error={state.errors.employee}
        defaultValue={state.values.employee}
      />
      <button type="submit" disabled={pending} className={button}>
        {labels.submit}
      </button>
    </form>
  );
}

/** The scans of the documents taken; completing registers the service request. */
export function CompleteForm({
  action,
  version,
  labels,
}: {
  action: Action;
  version: number;
  labels: { files: string; filesHint: string; submit: string; summaryTitle: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const error = state.errors.files;
  return (
    <form action={formAction} noValidate className="space-y-4">
      <ErrorSummary
        title={labels.summaryTitle}
        formError={state.formError}
        errors={state.errors}
        labels={{ files: labels.files }}
        idPrefix="complete-"
      />
      <input type="hidden" name="version" value={version} />
      <div className={`space-y-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
        <label htmlFor="complete-files" className="block font-semibold">
          {labels.files}
        </label>
        <p id="complete-files-hint" className="text-sm text-muted">
          {labels.filesHint}
        </p>
        {error ? (
          <p id="complete-files-error" className="font-semibold text-danger">
            {error}
          </p>
        ) : null}
        <input
          id="complete-files"
          name="files"
          type="file"
          multiple
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby={`complete-files-hint${error ? " complete-files-error" : ""}`}
          aria-invalid={error ? true : undefined}
          className="block min-h-11 w-full max-w-md"
        />
      </div>
      <button type="submit" disabled={pending} className={button}>
        {labels.submit}
      </button>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Option = { value: string; label: string };
const primaryButton =
  "min-h-11 rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark disabled:opacity-70";

/** Ask to move a home visit: one preferred day and window (native selects; works without JavaScript). */
export function MoveVisitForm({
  action,
  days,
  windows,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  days: Option[];
  windows: Option[];
  labels: { date: string; window: string; choose: string; submit: string; summaryTitle: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary
        title={labels.summaryTitle}
        formError={state.formError}
        errors={state.errors}
        labels={{ date: labels.date, window: labels.window }}
        idPrefix="move-"
      />
      <SelectField
        id="move-date"
        name="date"
        label={labels.date}
        options={days}
        placeholder={labels.choose}
        error={state.errors.date}
        defaultValue={state.values.date}
      />
      <SelectField
        id="move-window"
        name="window"
        label={labels.window}
        options={windows}
        placeholder={labels.choose}
        error={state.errors.window}
        defaultValue={state.values.window}
      />
      <button type="submit" disabled={pending} aria-disabled={pending} className={primaryButton}>
        {labels.submit}
      </button>
    </form>
  );
}

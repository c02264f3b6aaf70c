"use client";

import { useActionState } from "react";
import { ChoiceField } from "@/components/forms/choice-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

type Labels = {
  subject: string;
  text: string;
  textHint: string;
  files: string;
  filesHint: string;
  submit: string;
  summaryTitle: string;
};

/** The complaint: what it is about, the text, optional files; posted without JavaScript too. */
export function ComplaintForm({
  action,
  subjects,
  defaultSubject,
  maxLength,
  labels,
}: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  subjects: Array<{ value: string; label: string }>;
  defaultSubject: string;
  maxLength: number;
  labels: Labels;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const filesError = state.errors.files;
  return (
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary
        title={labels.summaryTitle}
        formError={state.formError}
        errors={state.errors}
        labels={{ subject: labels.subject, text: labels.text, files: labels.files }}
      />
      <ChoiceField
        name="subject"
        label={labels.subject}
        options={subjects}
        error={state.errors.subject}
        defaultValue={state.values.subject || defaultSubject}
      />
      <TextareaField
        name="text"
        label={labels.text}
        hint={labels.textHint}
        error={state.errors.text}
        defaultValue={state.values.text}
        maxLength={maxLength}
      />
      <div className={`space-y-1 ${filesError ? "border-l-4 border-danger pl-3" : ""}`}>
        <label htmlFor="field-files" className="block font-semibold">
          {labels.files}
        </label>
        <p id="field-files-hint" className="text-sm text-muted">
          {labels.filesHint}
        </p>
        {filesError ? (
          <p id="field-files-error" className="font-semibold text-danger">
            {filesError}
          </p>
        ) : null}
        <input
          id="field-files"
          name="files"
          type="file"
          multiple
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby={`field-files-hint${filesError ? " field-files-error" : ""}`}
          aria-invalid={filesError ? true : undefined}
          className="block min-h-11 w-full max-w-md"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark disabled:opacity-70"
      >
        {labels.submit}
      </button>
    </form>
  );
}

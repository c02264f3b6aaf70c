"use client";

import { useActionState, useState } from "react";
import { ChoiceField } from "@/components/forms/choice-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { isAsked } from "@/lib/services/forms/build-schema";
import type { StepFieldView } from "@/lib/applications/field-view";
import type { Facts } from "@/lib/services/forms/types";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  fields: StepFieldView[];
  facts: Facts;
  savedData: Record<string, string>;
  returnTo?: string;
  labels: { submit: string; summaryTitle: string };
};

/** One step of a service form. Conditional questions appear as answers change; the server decides too. */
export function StepForm({ action, fields, facts, savedData, returnTo, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field.name, field.initial])),
  );
  const current = { ...savedData, ...values, ...state.values };
  const visible = fields.filter((field) => isAsked(field, current, facts));
  const valueOf = (name: string) => state.values[name] ?? values[name] ?? "";
  return (
    <form
      action={formAction}
      noValidate
      className="space-y-6"
      onChange={(event) => {
        const target = event.target as unknown as HTMLInputElement;
        if (target.name)
          setValues((previous) => ({
            ...previous,
            [target.name]: target.type === "checkbox" && !target.checked ? "" : target.value,
          }));
      }}
    >
      <ErrorSummary
        title={labels.summaryTitle}
        formError={state.formError}
        errors={state.errors}
        labels={Object.fromEntries(fields.map((field) => [field.name, field.label]))}
      />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      {visible.map((field) => {
        const error = state.errors[field.name];
        if (field.kind === "choice" || field.kind === "consent") {
          return (
            <ChoiceField
              key={field.name}
              name={field.name}
              label={field.label}
              options={field.choices ?? []}
              error={error}
              defaultValue={valueOf(field.name)}
              kind={field.kind === "consent" ? "checkbox" : "radio"}
            />
          );
        }
        if (field.kind === "textarea") {
          const id = `field-${field.name}`;
          return (
            <div key={field.name} className={`space-y-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
              <label htmlFor={id} className="block font-semibold">
                {field.label}
              </label>
              {error ? (
                <p id={`${id}-error`} className="font-semibold text-danger">
                  {error}
                </p>
              ) : null}
              <textarea
                id={id}
                name={field.name}
                rows={4}
                maxLength={field.maxLength}
                defaultValue={valueOf(field.name)}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                className="block w-full max-w-xl rounded border-2 border-ink px-3 py-2"
              />
            </div>
          );
        }
        return (
          <TextField
            key={field.name}
            name={field.name}
            label={field.label}
            hint={field.hint}
            error={error}
            type={field.kind === "date" ? "date" : "text"}
            inputMode={field.kind === "iin" ? "numeric" : undefined}
            maxLength={field.kind === "iin" ? 12 : field.maxLength}
            defaultValue={valueOf(field.name)}
          />
        );
      })}
      <button
        type="submit"
        disabled={pending}
        className={
          "min-h-11 rounded bg-brand px-5 font-semibold text-white " +
          "hover:bg-brand-dark disabled:opacity-70"
        }
      >
        {labels.submit}
      </button>
    </form>
  );
}

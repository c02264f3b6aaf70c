"use client";

import { useMemo } from "react";
import { useWatch } from "react-hook-form";
import { ChoiceField } from "@/components/forms/choice-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { postedValues, stepResolver } from "@/components/forms/resolvers";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { useCheckedForm, useHydrated } from "@/components/forms/use-checked-form";
import { choicesOf, dependsOnStep, type StepFieldView } from "@/lib/applications/field-view";
import type { FormState } from "@/lib/forms/form-state";
import { isAsked } from "@/lib/services/forms/build-schema";
import type { Facts } from "@/lib/services/forms/types";

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  stepId: string;
  fields: StepFieldView[];
  facts: Facts;
  savedData: Record<string, string>;
  /** The applicant's today (Asia/Almaty), as the server checks dates against it. */
  today: string;
  returnTo?: string;
  labels: { submit: string; summaryTitle: string };
};

/**
 * One step of a service form, checked in the browser with the schema the server saves it with. A
 * question that depends on an answer on this step shows and hides as the answer changes; without
 * JavaScript it is shown (with its prefill and when it applies), and the server ignores it if it does not.
 */
export function StepForm({ action, stepId, fields, facts, savedData, today, returnTo, labels }: Props) {
  const resolver = useMemo(
    () =>
      stepResolver({ id: stepId, fields }, { saved: savedData, facts, choices: choicesOf(fields), today }),
    [stepId, fields, savedData, facts, today],
  );
  const names = fields.map((field) => field.name);
  const { formRef, state, formAction, pending, form, register, errorOf, onSubmit, summaryErrors, focusKey } =
    useCheckedForm({
      action,
      resolver,
      names,
    });
  const hydrated = useHydrated();
  const valueOf = (name: string) =>
    state.values[name] ?? fields.find((field) => field.name === name)?.initial ?? "";
  const watched = useWatch({
    control: form.control,
    defaultValue: Object.fromEntries(names.map((name) => [name, valueOf(name)])),
  });
  const current = hydrated
    ? { ...savedData, ...postedValues(watched) }
    : { ...savedData, ...Object.fromEntries(names.map((name) => [name, valueOf(name)])) };
  const visible = fields.filter(
    (field) => isAsked(field, current, facts) || (!hydrated && dependsOnStep(field, fields)),
  );
  const hintOf = (field: StepFieldView) =>
    [!hydrated ? field.askedHint : undefined, field.hint].filter(Boolean).join(" ") || undefined;
  return (
    <form ref={formRef} action={formAction} noValidate className="space-y-6" onSubmit={onSubmit}>
      <ErrorSummary
        title={labels.summaryTitle}
        formError={state.formError}
        errors={summaryErrors}
        labels={Object.fromEntries(fields.map((field) => [field.name, field.label]))}
        focusKey={focusKey}
      />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      {visible.map((field) => {
        const common = {
          name: field.name,
          label: field.label,
          error: errorOf(field.name),
          defaultValue: valueOf(field.name),
          registration: register(field.name),
        };
        if (field.kind === "choice" || field.kind === "consent")
          return (
            <ChoiceField
              {...common}
              key={field.name}
              hint={hintOf(field)}
              options={field.choices ?? []}
              kind={field.kind === "consent" ? "checkbox" : "radio"}
            />
          );
        if (field.kind === "textarea")
          return (
            <TextareaField
              {...common}
              key={field.name}
              hint={hintOf(field)}
              rows={4}
              maxLength={field.maxLength}
            />
          );
        return (
          <TextField
            {...common}
            key={field.name}
            hint={hintOf(field)}
            type={field.kind === "date" ? "date" : "text"}
            inputMode={field.kind === "iin" ? "numeric" : undefined}
            maxLength={field.kind === "iin" ? 12 : field.maxLength}
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

"use client";

import { useActionState } from "react";
import { ChoiceField } from "@/components/forms/choice-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import type { HomeVisitFormView } from "@/lib/home-visits/form-view";

/**
 * The home-visit request: a plain form posted to the server (works without JavaScript); errors in place and
 * in a summary.
 */
export function HomeVisitForm({
  view,
  action,
}: {
  view: HomeVisitFormView;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const l = view.labels;
  const value = (name: string, fallback = "") => state.values[name] ?? fallback;
  const labels: Record<string, string> = {
    serviceId: l.service,
    healthReason: l.healthReason,
    healthReasonText: l.healthReasonText,
    childBirthDate: l.childBirthDate,
    applicantIin: l.applicantIin,
    authority: l.authority,
    powerOfAttorney: l.powerOfAttorney,
    address: l.address,
    phone: l.phone,
    needsOther: l.needsOther,
    note: l.note,
  };
  for (const index of [1, 2, 3])
    Object.assign(labels, {
      [`slot${index}Date`]: `${l.slotDate} ${index}`,
      [`slot${index}Window`]: `${l.slotWindow} ${index}`,
    });
  return (
    <form action={formAction} noValidate className="space-y-6">
      <ErrorSummary
        title={l.summaryTitle}
        formError={state.formError}
        errors={state.errors}
        labels={labels}
      />
      <input type="hidden" name="idempotencyKey" value={view.idempotencyKey} />
      {view.mode !== "self" ? (
        <TextField
          name="applicantIin"
          label={l.applicantIin}
          hint={l.applicantIinHint}
          inputMode="numeric"
          maxLength={12}
          autoComplete="off"
          error={state.errors.applicantIin}
          defaultValue={value("applicantIin")}
        />
      ) : null}
      {view.mode === "other" ? (
        <div className="space-y-4 rounded border border-gray-300 p-4">
          <ChoiceField
            name="authority"
            label={l.authority}
            options={view.authorities}
            error={state.errors.authority}
            defaultValue={value("authority", "consent")}
          />
          <TextField
            name="powerOfAttorney"
            label={l.powerOfAttorney}
            hint={l.powerOfAttorneyHint}
            autoComplete="off"
            maxLength={40}
            error={state.errors.powerOfAttorney}
            defaultValue={value("powerOfAttorney")}
          />
        </div>
      ) : null}
      <SelectField
        name="serviceId"
        label={l.service}
        options={view.services}
        placeholder={l.choose}
        hint={l.serviceHint}
        error={state.errors.serviceId}
        defaultValue={value("serviceId")}
      />
      <TextField
        name="childBirthDate"
        type="date"
        label={l.childBirthDate}
        hint={l.childBirthDateHint}
        error={state.errors.childBirthDate}
        defaultValue={value("childBirthDate")}
      />
      <ChoiceField
        name="healthReason"
        label={l.healthReason}
        options={view.healthReasons}
        error={state.errors.healthReason}
        defaultValue={value("healthReason")}
      />
      <TextareaField
        name="healthReasonText"
        label={l.healthReasonText}
        hint={l.healthReasonTextHint}
        maxLength={500}
        error={state.errors.healthReasonText}
        defaultValue={value("healthReasonText")}
      />
      <TextField
        name="address"
        label={l.address}
        hint={l.addressHint}
        autoComplete="street-address"
        maxLength={300}
        error={state.errors.address}
        defaultValue={value("address", view.defaults.address)}
      />
      <TextField
        name="phone"
        type="tel"
        label={l.phone}
        hint={l.phoneHint}
        autoComplete="tel"
        inputMode="tel"
        maxLength={16}
        error={state.errors.phone}
        defaultValue={value("phone", view.defaults.phone)}
      />
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">{l.slotsLegend}</legend>
        <p className="text-sm text-muted">{l.slotsHint}</p>
        {[1, 2, 3].map((index) => (
          <div key={index} className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name={`slot${index}Date`}
              label={`${l.slotDate} ${index}`}
              options={view.days}
              placeholder={l.choose}
              error={state.errors[`slot${index}Date`]}
              defaultValue={value(`slot${index}Date`)}
            />
            <SelectField
              name={`slot${index}Window`}
              label={`${l.slotWindow} ${index}`}
              options={view.windows}
              placeholder={l.choose}
              error={state.errors[`slot${index}Window`]}
              defaultValue={value(`slot${index}Window`)}
            />
          </div>
        ))}
      </fieldset>
      <ChoiceField
        name="needs"
        kind="checkbox"
        label={l.needs}
        options={view.needs}
        defaultValue={value("needs").split(",")}
      />
      <TextField
        name="needsOther"
        label={l.needsOther}
        maxLength={500}
        error={state.errors.needsOther}
        defaultValue={value("needsOther")}
      />
      <TextareaField
        name="note"
        label={l.note}
        maxLength={1000}
        error={state.errors.note}
        defaultValue={value("note")}
      />
      <button
        type="submit"
        disabled={pending}
        aria-disabled={pending}
        className={
          "min-h-11 rounded bg-brand px-5 font-semibold text-white " +
          "hover:bg-brand-dark disabled:opacity-70"
        }
      >
        {l.submit}
      </button>
    </form>
  );
}

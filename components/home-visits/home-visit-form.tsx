"use client";

import { useMemo } from "react";
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldValues, Resolver } from "react-hook-form";
import { ChoiceField } from "@/components/forms/choice-field";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { useCheckedForm } from "@/components/forms/use-checked-form";
import type { FormState } from "@/lib/forms/form-state";
import { visitFormSchema } from "@/lib/home-visits/form";
import type { HomeVisitFormView } from "@/lib/home-visits/form-view";

const slotNames = [1, 2, 3].flatMap((index) => [`slot${index}Date`, `slot${index}Window`]);

/**
 * The home-visit request: a plain form posted to the server (works without JavaScript); errors in place and
 * in a summary. With JavaScript it is checked first in the browser with the request's schema, read from
 * the form as the server reads it (visitFormSchema).
 */
export function HomeVisitForm({
  view,
  action,
}: {
  view: HomeVisitFormView;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const l = view.labels;
  const mode = view.mode;
  const resolver = useMemo((): Resolver<FieldValues> => zodResolver(visitFormSchema(mode)), [mode]);
  const names = [
    ...(view.mode !== "self" ? ["applicantIin"] : []),
    ...(view.mode === "other" ? ["authority", "powerOfAttorney"] : []),
    ...["serviceId", "childBirthDate", "healthReason", "healthReasonText", "address", "phone"],
    ...slotNames,
    ...["needs", "needsOther", "note"],
  ];
  const checked = useCheckedForm({ action, resolver, names });
  const { formRef, state, formAction, pending, summaryErrors, focusKey, onSubmit, errorOf, register } =
    checked;
  const value = (name: string, fallback = "") => state.values[name] ?? fallback;
  const field = (name: string) => ({
    name,
    error: errorOf(name),
    registration: register(name),
  });
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
    <form ref={formRef} action={formAction} noValidate className="space-y-6" onSubmit={onSubmit}>
      <ErrorSummary
        title={l.summaryTitle}
        formError={state.formError}
        errors={summaryErrors}
        labels={labels}
        focusKey={focusKey}
      />
      <input type="hidden" name="idempotencyKey" value={view.idempotencyKey} />
      {view.mode !== "self" ? (
        <TextField
          {...field("applicantIin")}
          label={l.applicantIin}
          hint={l.applicantIinHint}
          inputMode="numeric"
          maxLength={12}
          autoComplete="off"
          defaultValue={value("applicantIin")}
        />
      ) : null}
      {view.mode === "other" ? (
        <div className="space-y-4 rounded border border-gray-300 p-4">
          <ChoiceField
            {...field("authority")}
            label={l.authority}
            options={view.authorities}
            defaultValue={value("authority", "consent")}
          />
          <TextField
            {...field("powerOfAttorney")}
            label={l.powerOfAttorney}
            hint={l.powerOfAttorneyHint}
            autoComplete="off"
            maxLength={40}
            defaultValue={value("powerOfAttorney")}
          />
        </div>
      ) : null}
      <SelectField
        {...field("serviceId")}
        label={l.service}
        options={view.services}
        placeholder={l.choose}
        hint={l.serviceHint}
        defaultValue={value("serviceId")}
      />
      <TextField
        {...field("childBirthDate")}
        type="date"
        label={l.childBirthDate}
        hint={l.childBirthDateHint}
        defaultValue={value("childBirthDate")}
      />
      <ChoiceField
        {...field("healthReason")}
        label={l.healthReason}
        options={view.healthReasons}
        defaultValue={value("healthReason")}
      />
      <TextareaField
        {...field("healthReasonText")}
        label={l.healthReasonText}
        hint={l.healthReasonTextHint}
        maxLength={500}
        defaultValue={value("healthReasonText")}
      />
      <TextField
        {...field("address")}
        label={l.address}
        hint={l.addressHint}
        autoComplete="street-address"
        maxLength={300}
        defaultValue={value("address", view.defaults.address)}
      />
      <TextField
        {...field("phone")}
        type="tel"
        label={l.phone}
        hint={l.phoneHint}
        autoComplete="tel"
        inputMode="tel"
        maxLength={16}
        defaultValue={value("phone", view.defaults.phone)}
      />
      <fieldset className="space-y-4">
        <legend className="text-xl font-semibold">{l.slotsLegend}</legend>
        <p className="text-sm text-muted">{l.slotsHint}</p>
        {[1, 2, 3].map((index) => (
          <div key={index} className="grid gap-4 sm:grid-cols-2">
            <SelectField
              {...field(`slot${index}Date`)}
              label={`${l.slotDate} ${index}`}
              options={view.days}
              placeholder={l.choose}
              defaultValue={value(`slot${index}Date`)}
            />
            <SelectField
              {...field(`slot${index}Window`)}
              label={`${l.slotWindow} ${index}`}
              options={view.windows}
              placeholder={l.choose}
              defaultValue={value(`slot${index}Window`)}
            />
          </div>
        ))}
      </fieldset>
      <ChoiceField
        {...field("needs")}
        kind="checkbox"
        label={l.needs}
        options={view.needs}
        defaultValue={value("needs").split(",")}
      />
      <TextField
        {...field("needsOther")}
        label={l.needsOther}
        maxLength={500}
        defaultValue={value("needsOther")}
      />
      <TextareaField {...field("note")} label={l.note} maxLength={1000} defaultValue={value("note")} />
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

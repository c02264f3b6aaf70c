import "server-only";
import { getTranslations } from "next-intl/server";
import { dependsOnStep, type StepFieldView } from "@/lib/applications/field-view";
import type { FieldDef } from "@/lib/services/forms/types";
import type { FormContext } from "@/lib/applications/form-context";

/** Translated labels, choices and starting values (saved answer, else prefill from the registries). */
export async function buildFieldViews(
  fields: FieldDef[],
  context: FormContext,
  data: Record<string, string>,
): Promise<StepFieldView[]> {
  const t = await getTranslations();
  const choicesFor = (field: FieldDef) => {
    if (field.kind === "consent") return [{ value: "yes", label: t("options.spouseConsentYes") }];
    if (field.options)
      return field.options.map((value) => ({ value, label: t(`options.${field.name}.${value}` as never) }));
    if (field.optionsFrom === "actRecords") {
      return context.choices.actRecords.map((choice) => {
        if (choice.value === "notListed") return { value: choice.value, label: t("options.notListed") };
        const [kind, number, date, office] = choice.label.split("|");
        return {
          value: choice.value,
          label: t("options.actRecordLabel", {
            kind: t(`options.actKind.${kind}` as never),
            number: number ?? "",
            date: date ?? "",
            office: office ?? "",
          }),
        };
      });
    }
    return field.optionsFrom ? context.choices[field.optionsFrom] : undefined;
  };
  const views: StepFieldView[] = fields.map((field) => ({
    ...field,
    label: t(`fields.${field.name}` as never),
    hint:
      field.prefill && !data[field.name] && context.prefill[field.prefill]
        ? t("apply.prefilled")
        : field.kind === "iin"
          ? t("forms.iinHint")
          : undefined,
    choices: choicesFor(field),
    initial: data[field.name] ?? (field.prefill ? context.prefill[field.prefill] : "") ?? "",
  }));
  return views.map((view) => {
    const condition = view.when;
    if (!condition || !("field" in condition) || !dependsOnStep(view, fields)) return view;
    const question = views.find((other) => other.name === condition.field);
    const value = condition.equals ?? condition.notEquals ?? "";
    const answer = question?.choices?.find((choice) => choice.value === value)?.label ?? value;
    const key = condition.equals !== undefined ? "apply.askedIf" : "apply.askedUnless";
    return { ...view, askedHint: t(key, { question: question?.label ?? "", answer }) };
  });
}

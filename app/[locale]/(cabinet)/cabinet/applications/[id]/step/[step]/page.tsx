import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { StepForm } from "@/components/applications/step-form";
import { PageHeading } from "@/components/layout/page-heading";
import { loadDraftForPage } from "@/lib/entry/page-draft";
import { saveStepAction } from "@/lib/entry/actions/applications";
import { loadFormContext } from "@/lib/applications/form-context";
import { buildFieldViews } from "@/lib/entry/views/step-fields";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { storedService } from "@/lib/services/registry";
import { applicationFlow } from "@/lib/entry/routes";

type Props = {
  params: Promise<{ locale: Locale; id: string; step: string }>;
  searchParams: Promise<{ from?: string }>;
};

export default async function StepPage({ params, searchParams }: Props) {
  const { locale, id, step: stepId } = await params;
  setRequestLocale(locale);
  const { user, db, application } = await loadDraftForPage(locale, id);
  const steps = storedService(application.serviceId).form.steps;
  const index = steps.findIndex((candidate) => candidate.id === stepId);
  if (index < 0) notFound();
  const step = steps[index]!;
  const [t, context, { from }] = await Promise.all([
    getTranslations(),
    loadFormContext(db, user.iin, application.data),
    searchParams,
  ]);
  const fields = await buildFieldViews(step.fields, context, application.data);
  const service = storedService(application.serviceId);
  const total = steps.length + 2;
  const back = applicationFlow(application, steps, { step: step.id }).previous;
  return (
    <div className="max-w-2xl space-y-6">
      <p>
        <Link href={back}>{t("apply.back")}</Link>
      </p>
      <p className="text-muted">
        {t(`services.${service.messageKey}.title`)} · {t("apply.stepOf", { current: index + 1, total })}
      </p>
      <PageHeading title={t(`steps.${step.id}` as never)} lead={t("apply.draftNote")} focusOnArrival />
      <StepForm
        action={saveStepAction.bind(null, id, step.id)}
        stepId={step.id}
        fields={fields}
        today={context.today}
        facts={context.facts}
        savedData={application.data}
        returnTo={from === "review" ? "review" : undefined}
        labels={{ submit: t("apply.continue"), summaryTitle: t("errors.summaryTitle") }}
      />
    </div>
  );
}

import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AppealInfo } from "@/components/complaints/appeal-info";
import { ComplaintForm } from "@/components/complaints/complaint-form";
import { PageHeading } from "@/components/layout/page-heading";
import { complainableRequest } from "@/lib/complaints/applicant";
import { complaintSubjects, suggestedSubject } from "@/lib/complaints/rules";
import { MAX_COMPLAINT_TEXT } from "@/lib/complaints/schemas";
import { getDb } from "@/lib/db/server";
import { draftComplaintAction } from "@/lib/entry/actions/complaints";
import { getCurrentUser } from "@/lib/entry/current-user";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ request?: string }> };

/**
 * A complaint about one of the applicant's requests (seed 002 §11): the subject is prefilled — a
 * decision when there is one, a late step when the request is overdue.
 */
export default async function NewComplaintPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return null;
  const { request: requestId } = await searchParams;
  const request = await complainableRequest(await getDb(), user.userId, String(requestId ?? ""));
  if (!request) notFound();
  const t = await getTranslations("complaints");
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading title={t("newTitle", { number: request.number ?? "" })} lead={t("newLead")} />
      <ComplaintForm
        action={draftComplaintAction.bind(null, request.id)}
        subjects={complaintSubjects.map((value) => ({ value, label: t(`subjects.${value}`) }))}
        defaultSubject={suggestedSubject(request, new Date())}
        maxLength={MAX_COMPLAINT_TEXT}
        labels={{
          subject: t("subject"),
          text: t("text"),
          textHint: t("textHint"),
          files: t("files"),
          filesHint: t("filesHint"),
          submit: t("continue"),
          summaryTitle: t("summaryTitle"),
        }}
      />
      <AppealInfo
        labels={{
          heading: t("appeal.heading"),
          intro: t("appeal.intro"),
          provider: t("appeal.provider"),
          authorised: t("appeal.authorised"),
          court: t("appeal.court"),
        }}
      />
    </div>
  );
}

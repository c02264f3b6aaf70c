import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ComplaintDetails } from "@/components/complaints/complaint-details";
import { FileComplaint } from "@/components/complaints/file-complaint";
import { PageHeading } from "@/components/layout/page-heading";
import { Timeline } from "@/components/ui/timeline";
import { getOwnComplaint, listComplaintEvents } from "@/lib/complaints/applicant";
import { listComplaintFiles } from "@/lib/complaints/files";
import { getDb } from "@/lib/db/server";
import { getCurrentUser } from "@/lib/entry/current-user";
import { apiPaths, paths } from "@/lib/entry/routes";
import { complaintFacts, complaintTimeline } from "@/lib/entry/views/complaint-facts";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

/** One complaint: a draft to read and sign, or the filed complaint, its history and the head's answer. */
export default async function ComplaintPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return null;
  const db = await getDb();
  const complaint = await getOwnComplaint(db, user.userId, id);
  if (!complaint) notFound();
  const [t, format, files, events] = await Promise.all([
    getTranslations("complaints"),
    getFormatter(),
    listComplaintFiles(db, id),
    listComplaintEvents(db, id),
  ]);
  const facts = await complaintFacts(complaint, files, (fileId) => apiPaths.attachment(fileId));
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const draft = complaint.status === "draft";
  return (
    <article className="max-w-3xl space-y-6">
      <PageHeading
        title={draft ? t("draftTitle") : t("title", { number: complaint.number ?? "" })}
        lead={draft ? t("draftLead") : undefined}
      />
      <ComplaintDetails facts={facts} />
      {draft ? (
        <FileComplaint
          complaintId={complaint.id}
          iin={user.iin}
          labels={{ submit: t("sign"), submitting: t("signing") }}
        />
      ) : null}
      {!draft && complaint.status !== "answered" && complaint.dueAt ? (
        <p role="status">{t("awaiting", { date: when(complaint.dueAt) })}</p>
      ) : null}
      {events.length ? (
        <Timeline id="complaint-history" heading={t("history")} entries={await complaintTimeline(events)} />
      ) : null}
      <p>
        {t("request")}:{" "}
        <Link href={paths.application(complaint.applicationId)}>{complaint.requestNumber}</Link>
      </p>
    </article>
  );
}

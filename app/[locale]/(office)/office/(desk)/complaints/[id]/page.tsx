import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ComplaintDetails } from "@/components/complaints/complaint-details";
import { ReplyWithEds } from "@/components/complaints/reply-with-eds";
import { PageHeading } from "@/components/layout/page-heading";
import { Timeline } from "@/components/ui/timeline";
import { listComplaintEvents } from "@/lib/complaints/applicant";
import { listComplaintFiles } from "@/lib/complaints/files";
import { providerComplaint } from "@/lib/complaints/office";
import { MAX_COMPLAINT_TEXT } from "@/lib/complaints/schemas";
import { getDb } from "@/lib/db/server";
import { startComplaintReviewAction } from "@/lib/entry/actions/complaints";
import { getCurrentStaff } from "@/lib/entry/current-staff";
import { apiPaths, paths } from "@/lib/entry/routes";
import { complaintFacts, complaintTimeline } from "@/lib/entry/views/complaint-facts";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  params: Promise<{ locale: Locale; id: string }>;
  searchParams: Promise<{ answered?: string }>;
};

/** A complaint to the head: read it, take it into review, answer with a reply signed by the staff EDS. */
export default async function OfficeComplaintPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const staff = await getCurrentStaff();
  if (!staff) return null;
  const db = await getDb();
  const complaint = await providerComplaint(db, staff, id);
  if (!complaint) notFound();
  const [t, files, events, { answered }] = await Promise.all([
    getTranslations("complaints"),
    listComplaintFiles(db, id),
    listComplaintEvents(db, id),
    searchParams,
  ]);
  const facts = await complaintFacts(complaint, files, (fileId) =>
    apiPaths.officeComplaintAttachment(fileId),
  );
  return (
    <article className="max-w-3xl space-y-6">
      <p>
        <Link href={paths.officeComplaints()}>{t("office.back")}</Link>
      </p>
      <PageHeading title={t("title", { number: complaint.number ?? "" })} />
      {answered && complaint.status === "answered" ? (
        <p role="status" className="border-l-4 border-success bg-surface p-3">
          {t("office.answered")}
        </p>
      ) : null}
      <ComplaintDetails facts={facts} />
      <p>
        {t("request")}:{" "}
        <Link href={paths.officeRequest(complaint.applicationId)}>{complaint.requestNumber}</Link>
      </p>
      {complaint.status === "submitted" ? (
        <form action={startComplaintReviewAction.bind(null, complaint.id)}>
          <button type="submit" className="min-h-11 rounded bg-brand px-5 font-semibold text-white">
            {t("office.startReview")}
          </button>
        </form>
      ) : null}
      {complaint.status === "submitted" || complaint.status === "in_review" ? (
        <section aria-labelledby="reply-heading" className="space-y-3">
          <h2 id="reply-heading" className="text-2xl">
            {t("office.reply")}
          </h2>
          <ReplyWithEds
            complaintId={complaint.id}
            iin={staff.iin ?? ""}
            maxLength={MAX_COMPLAINT_TEXT}
            labels={{
              reply: t("office.reply"),
              hint: t("office.replyHint"),
              submit: t("office.signReply"),
              submitting: t("signing"),
            }}
          />
        </section>
      ) : null}
      <Timeline id="complaint-history" heading={t("history")} entries={await complaintTimeline(events)} />
    </article>
  );
}

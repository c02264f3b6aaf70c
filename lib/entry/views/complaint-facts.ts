import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import type { ComplaintFacts } from "@/components/complaints/complaint-details";
import type { TimelineEntry } from "@/components/ui/timeline";
import type { Complaint } from "@/lib/complaints/applicant";
import { complaintReply } from "@/lib/complaints/present";

/** A complaint's facts, text, files and signed answer, translated for the page's locale (Asia/Almaty). */
export async function complaintFacts(
  complaint: Complaint & { requestNumber: string },
  files: Array<{ id: string; name: string }>,
  fileHref: (id: string) => string | null,
): Promise<ComplaintFacts> {
  const [t, format] = await Promise.all([getTranslations("complaints"), getFormatter()]);
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "long", timeStyle: "short" }) : "—";
  const reply = complaintReply(complaint);
  return {
    rows: [
      { term: t("status"), value: t(`statuses.${complaint.status}`) },
      { term: t("request"), value: complaint.requestNumber },
      { term: t("about"), value: t(`subjects.${complaint.subject}`) },
      { term: t("submittedAt"), value: when(complaint.submittedAt) },
      { term: t("dueAt"), value: when(complaint.dueAt) },
    ],
    textHeading: t("textHeading"),
    text: complaint.text,
    filesHeading: t("attachments"),
    files: files.map((file) => ({ id: file.id, name: file.name, href: fileHref(file.id) })),
    noFiles: t("noAttachments"),
    reply: reply
      ? {
          heading: t("replyHeading"),
          text: reply.text,
          signed: t("replySigned", {
            name: reply.signedBy ?? "—",
            organisation: reply.organisation ?? "—",
            time: when(reply.signedAt),
          }),
        }
      : null,
  };
}

/** The "how to appeal" block's text (seed 002 §11) in the page's locale. */
export async function appealLabels() {
  const t = await getTranslations("complaints.appeal");
  return {
    heading: t("heading"),
    intro: t("intro"),
    provider: t("provider"),
    authorised: t("authorised"),
    court: t("court"),
  };
}

/** A complaint's history as timeline entries: status and who (the applicant or the head), and when. */
export async function complaintTimeline(
  events: Array<{ id: string; at: Date; status: Complaint["status"]; actor: string }>,
): Promise<TimelineEntry[]> {
  const [t, format] = await Promise.all([getTranslations("complaints"), getFormatter()]);
  return events.map((event) => ({
    id: event.id,
    title: t("event", {
      status: t(`statuses.${event.status}`),
      actor: t(event.actor === "applicant" ? "actors.applicant" : "actors.head"),
    }),
    at: event.at,
    when: format.dateTime(event.at, { dateStyle: "long", timeStyle: "short" }),
  }));
}

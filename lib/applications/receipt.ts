import { createFormatter, createTranslator } from "next-intl";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/connect";
import { homeVisits } from "@/lib/db/schema";
import { signerIdentity, signerLabel } from "@/lib/eds/signer-identity";
import { findResultDocument } from "@/lib/results/result-document";
import { verifyPath } from "@/lib/results/verify-path";
import { collectionPlaceText, findCollectionPlace } from "@/lib/providers/collection-place";
import { loadMessages } from "@/lib/i18n/messages";
import { timeZone, type Locale } from "@/lib/i18n/locales";
import { createRegistries } from "@/lib/registries";
import { storedService } from "@/lib/services/registry";
import { getOwnApplication, listDraftAttachments } from "./drafts";

export type Receipt = {
  number: string;
  refused: boolean;
  title: string;
  rows: Array<{ label: string; value: string }>;
  documents: { heading: string; names: string[] };
  refusal: string | null;
  /**
   * Where the printed receipt's QR code leads (a path on this site): the public check of the signed
   * result once there is one, else the request in the cabinet.
   */
  check: { path: string; caption: string };
};

/** The receipt's fields (the regulations' list), translated and formatted: one source for page and PDF. */
export async function loadReceipt(options: {
  db: Db;
  userId: string;
  iin: string;
  id: string;
  locale: Locale;
}): Promise<Receipt | null> {
  const application = await getOwnApplication(options.db, options.userId, options.id);
  if (!application || application.status === "draft" || !application.number) return null;
  const messages = await loadMessages(options.locale);
  const t = createTranslator({ locale: options.locale, messages });
  const format = createFormatter({ locale: options.locale, timeZone });
  const when = (date: Date | null) =>
    date ? format.dateTime(date, { dateStyle: "long", timeStyle: "short" }) : "—";
  const service = storedService(application.serviceId);
  const [files, person, found, visit, result] = await Promise.all([
    listDraftAttachments(options.db, application.id),
    createRegistries(options.db).individuals.findByIin(options.iin),
    findCollectionPlace(options.db, application.providerId),
    options.db
      .select({ employee: homeVisits.employee })
      .from(homeVisits)
      .where(eq(homeVisits.applicationId, application.id))
      .then((rows) => rows[0] ?? null),
    findResultDocument(options.db, application.id),
  ]);
  const signed = result?.signatureCms ? result : null;
  const place = await collectionPlaceText(found, options.locale, t(`services.${service.messageKey}.collect`));
  const applicant = person
    ? [person.surname, person.givenName, person.patronymic].filter(Boolean).join(" ")
    : "—";
  const refused = application.status === "refused";
  const rows = [
    { label: t("receipt.number"), value: application.number },
    { label: t("receipt.receivedAt"), value: when(application.submittedAt) },
    { label: t("receipt.service"), value: t(`services.${service.messageKey}.title`) },
    { label: t("receipt.status"), value: t(`statuses.${application.status}`) },
    ...(refused
      ? []
      : [
          { label: t("receipt.registeredAt"), value: when(application.registeredAt) },
          { label: t("receipt.dueAt"), value: when(application.dueAt) },
          { label: t("receipt.place"), value: place },
        ]),
    // Taken at home (002 §12): the State Corporation employee who took it, not the portal.
    {
      label: t("receipt.acceptedBy"),
      value: visit
        ? t("receipt.homeVisitEmployee", { employee: visit.employee ?? "—" })
        : t("receipt.portalRegistration"),
    },
    { label: t("receipt.applicant"), value: `${applicant}${person?.phone ? `, ${person.phone}` : ""}` },
    ...(application.signerSubject
      ? [
          {
            label: t("receipt.signedBy"),
            value: t("receipt.signedValue", {
              signer: signerLabel(signerIdentity(application.signerSubject)),
              time: when(application.signingTime),
            }),
          },
        ]
      : []),
    // The provider's signed answer (issue 13): its number and who signed it, by name, never the subject.
    ...(signed
      ? [
          {
            label: t("results.title"),
            value: `${t(`results.kinds.${signed.kind}` as never)}, № ${signed.number}`,
          },
          {
            label: t("verify.signer"),
            value: t("results.signedValue", {
              signer: signerLabel(signerIdentity(signed.signerSubject)),
              time: when(signed.signingTime),
            }),
          },
        ]
      : []),
  ];
  return {
    number: application.number,
    refused,
    title: refused ? t("receipt.refusedTitle") : t("receipt.title"),
    rows,
    documents: {
      heading: t("receipt.documents", { count: files.length }),
      names: files.map((file) => `${t(`documents.${file.documentType}` as never)}: ${file.name}`),
    },
    refusal: application.refusalReason ? t(`receipt.${application.refusalReason}` as never) : null,
    check: signed
      ? { path: verifyPath(options.locale, signed.number), caption: t("resultPdf.qrCaption") }
      : {
          path: `/${options.locale}/cabinet/applications/${application.id}`,
          caption: t("receipt.qrCabinet"),
        },
  };
}

import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { AppealInfo } from "@/components/complaints/appeal-info";
import { PageHeading } from "@/components/layout/page-heading";
import { startApplicationAction } from "@/lib/entry/actions/applications";
import { getCurrentUser } from "@/lib/entry/current-user";
import { Link } from "@/lib/entry/i18n/navigation";
import { termText } from "@/components/services/term-text";
import type { Locale } from "@/lib/i18n/locales";
import { findService } from "@/lib/services/registry";
import { resultDateFor, termFor } from "@/lib/services/result-date";
import { localized, paths } from "@/lib/entry/routes";
import { appealLabels } from "@/lib/entry/views/complaint-facts";
import { DraftList } from "@/components/applications/draft-list";
import { listOwnDrafts } from "@/lib/applications/drafts";
import { getDb } from "@/lib/db/server";
import { draftItems } from "@/lib/entry/views/draft-items";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export default async function ServicePage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const service = findService(id);
  if (!service) notFound();
  const [t, format, user] = await Promise.all([getTranslations(), getFormatter(), getCurrentUser()]);
  const key = service.messageKey;
  const { registeredAt, dueAt } = resultDateFor(service, new Date());
  const when = (date: Date) => format.dateTime(date, { dateStyle: "full", timeStyle: "short" });
  const lateTerm = termFor(service, { lateRegistration: true });
  const late =
    lateTerm === service.term
      ? null
      : { term: lateTerm, dueAt: resultDateFor(service, new Date(), { lateRegistration: true }).dueAt };
  const day = (date: string) => format.dateTime(new Date(`${date}T12:00:00Z`), { dateStyle: "long" });
  const basis = service.legalBasis;
  // The last 3 drafts saved come first (all are in the cabinet); "Apply" always starts a new one (issue 13).
  const drafts = user
    ? await draftItems(await listOwnDrafts(await getDb(), user.userId, service.id, 3), { withService: false })
    : [];
  return (
    <article className="space-y-6">
      <PageHeading title={t(`services.${key}.title`)} lead={t(`services.${key}.summary`)} />
      <DraftList id="drafts-heading" heading={t("drafts.serviceHeading")} drafts={drafts} />
      <section aria-labelledby="ready-by" className="rounded border-l-4 border-brand bg-surface p-4">
        <h2 id="ready-by" className="text-xl">
          {t("catalogue.readyBy", { date: when(dueAt) })}
        </h2>
        {late ? (
          // Both dates: the term depends on whether the birth was more than 3 working days ago (002 §5.3).
          <p className="mt-1">{t("catalogue.readyByLate", { date: when(late.dueAt) })}</p>
        ) : null}
        <p className="mt-1">{t("catalogue.registeredNote", { date: when(registeredAt) })}</p>
        {user ? (
          <form action={startApplicationAction} className="mt-3 space-y-2">
            {drafts.length ? <p>{t("drafts.newNote")}</p> : null}
            <input type="hidden" name="serviceId" value={service.id} />
            <button
              type="submit"
              className="min-h-11 rounded bg-brand px-5 font-semibold text-white hover:bg-brand-dark"
            >
              {t("apply.start")}
            </button>
          </form>
        ) : (
          <p className="mt-3">
            <Link
              href={paths.signIn(undefined, localized(locale, paths.service(service.id)))}
              className="font-semibold"
            >
              {t("apply.signInToApply")}
            </Link>
          </p>
        )}
      </section>
      <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("catalogue.provider")}</dt>
        <dd>{t(`catalogue.providers.${service.provider}`)}</dd>
        <dt className="font-semibold">{t("catalogue.term")}</dt>
        <dd className="space-y-1">
          <p>
            {await termText(service.term)}. {t("catalogue.termNote")}
          </p>
          {late ? <p>{t("catalogue.lateRegistration", { term: await termText(late.term) })}</p> : null}
          {service.extension ? (
            <p>{t("catalogue.extension", { term: await termText(service.extension, { upTo: true }) })}</p>
          ) : null}
        </dd>
        <dt className="font-semibold">{t("catalogue.fee")}</dt>
        <dd>
          {service.fee.kind === "free"
            ? t("catalogue.free")
            : t("catalogue.stateDuty", { share: format.number(service.fee.mciShare) })}
        </dd>
        <dt className="font-semibold">{t("catalogue.result")}</dt>
        <dd>{t(`services.${key}.result`)}</dd>
        <dt className="font-semibold">{t("catalogue.collect")}</dt>
        <dd>{t(`services.${key}.collect`)}</dd>
        <dt className="font-semibold">{t("catalogue.legalBasis")}</dt>
        <dd className="space-y-1">
          <p>{t(`services.${key}.legalBasis`)}</p>
          <p>
            {basis.status.kind === "repealed"
              ? t("catalogue.legalStatus.repealed", { date: day(basis.status.on), by: basis.status.by })
              : t(`catalogue.legalStatus.${basis.status.kind}`)}
          </p>
          <p className="text-muted">{t("catalogue.edition", { date: day(basis.edition) })}</p>
        </dd>
        <dt className="font-semibold">{t("catalogue.channels")}</dt>
        <dd>
          <ul className="list-disc pl-6">
            {service.channels.map((channel) => (
              <li key={channel}>{t(`catalogue.channelNames.${channel}`)}</li>
            ))}
          </ul>
        </dd>
      </dl>
      <section aria-labelledby="documents" className="space-y-2">
        <h2 id="documents" className="text-2xl">
          {t("catalogue.documents")}
        </h2>
        <ul className="list-disc space-y-1 pl-6">
          {service.documents.map((document) => (
            <li key={document.id}>
              {t(`documents.${document.id}` as never)}{" "}
              <span className="text-muted">({t(`catalogue.${document.requirement}`)})</span>
              {document.channels && !document.channels.includes("portal") ? (
                <span className="block text-muted">{t("catalogue.notOnPortal")}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <AppealInfo labels={await appealLabels()} />
    </article>
  );
}

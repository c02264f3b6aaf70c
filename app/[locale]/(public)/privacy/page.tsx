import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { StatementSection } from "@/components/layout/statement-section";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "privacyNotice" });
  return { title: t("title") };
}

/**
 * The privacy notice under the Law of the RK "On personal data and their protection" (21 May 2013
 * No. 94-V): what data, why, how long, the rights. The applicant's data come from the state database
 * of individuals through the e-government gateway (seed 002 §8, 4)); the terms are those of
 * lib/auth (sessions.ts, device-cookie.ts, confirmations.ts).
 */
export default async function PrivacyNoticePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("privacyNotice");
  return (
    <article className="max-w-3xl space-y-8">
      <PageHeading title={t("title")} lead={t("lead")} />
      <StatementSection
        id="data"
        title={t("dataTitle")}
        items={[
          t("data.identity"),
          t("data.contact"),
          t("data.application"),
          t("data.documents"),
          t("data.eds"),
          t("data.security"),
        ]}
      />
      <StatementSection
        id="purposes"
        title={t("purposeTitle")}
        items={[t("purposes.service"), t("purposes.prefill"), t("purposes.notify"), t("purposes.security")]}
      />
      <StatementSection
        id="retention"
        title={t("retentionTitle")}
        items={[
          t("retention.applications"),
          t("retention.sessions"),
          t("retention.devices"),
          t("retention.codes"),
          t("retention.logs"),
        ]}
      />
      <StatementSection id="cookies" title={t("cookiesTitle")} text={t("cookies")} />
      <StatementSection
        id="rights"
        title={t("rightsTitle")}
        items={[t("rights.access"), t("rights.correct"), t("rights.withdraw"), t("rights.complain")]}
      />
      <StatementSection id="law" title={t("lawTitle")} text={t("law")} />
      <StatementSection id="contact" title={t("contactTitle")} text={t("contact")} />
    </article>
  );
}

import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { StatementSection } from "@/components/layout/statement-section";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: Locale }> };

/** The day the statement was last reviewed against the tests it names. */
const PREPARED = new Date("2026-11-26T12:00:00+05:00");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "accessibilityStatement" });
  return { title: t("title") };
}

/** The accessibility statement: the standard (WCAG 2.2 AA), what is tested, known issues, contact. */
export default async function AccessibilityStatementPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format] = await Promise.all([getTranslations("accessibilityStatement"), getFormatter()]);
  return (
    <article className="max-w-3xl space-y-8">
      <PageHeading title={t("title")} lead={t("lead")} />
      <StatementSection id="standard" title={t("standardTitle")} text={t("standard")} />
      <StatementSection
        id="tested"
        title={t("testedTitle")}
        items={[
          t("tested.axe"),
          t("tested.keyboard"),
          t("tested.reflow"),
          t("tested.lighthouse"),
          t("tested.noScript"),
        ]}
      />
      <StatementSection
        id="features"
        title={t("featuresTitle")}
        items={[
          t("features.lowVision"),
          t("features.skipLink"),
          t("features.languages"),
          t("features.homeVisit"),
        ]}
      />
      <StatementSection
        id="known"
        title={t("knownTitle")}
        items={[t("known.tables"), t("known.eds"), t("known.results"), t("known.uploads")]}
      />
      <StatementSection id="contact" title={t("contactTitle")} text={t("contact")} />
      <p className="text-muted">
        {t("prepared", { date: format.dateTime(PREPARED, { dateStyle: "long" }) })}
      </p>
    </article>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { ServiceList } from "@/components/services/service-list";
import type { Locale } from "@/lib/i18n/locales";

export default async function ServicesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <PageHeading title={t("catalogue.title")} lead={t("catalogue.lead")} />
      <ServiceList headingLevel="h2" />
    </div>
  );
}

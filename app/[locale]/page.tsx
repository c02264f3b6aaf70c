import { getTranslations, setRequestLocale } from "next-intl/server";
import { ServiceList } from "@/components/services/service-list";
import type { Locale } from "@/lib/i18n/locales";

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="space-y-3">
        <h1 id="home-title" className="text-3xl sm:text-4xl">
          {t("home.title")}
        </h1>
        <p className="max-w-prose text-lg text-muted">{t("home.lead")}</p>
      </section>
      <section aria-labelledby="services-heading" className="space-y-4">
        <h2 id="services-heading" className="text-2xl">
          {t("home.servicesHeading")}
        </h2>
        <ServiceList headingLevel="h3" />
      </section>
      <section aria-labelledby="help-heading" className="rounded bg-surface p-4">
        <h2 id="help-heading" className="text-xl">
          {t("home.helpHeading")}
        </h2>
        <p className="mt-1">{t("home.helpBody")}</p>
      </section>
    </div>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { serviceDefinitions } from "@/lib/services/definitions";

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="space-y-3">
        <h1 id="home-title" className="text-3xl sm:text-4xl">{t("home.title")}</h1>
        <p className="max-w-prose text-lg text-muted">{t("home.lead")}</p>
      </section>
      <section aria-labelledby="services-heading" className="space-y-4">
        <h2 id="services-heading" className="text-2xl">{t("home.servicesHeading")}</h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {Object.values(serviceDefinitions).map((service) => (
            <li key={service.id} className="rounded border border-gray-300 p-4">
              <h3 className="text-lg">
                <Link href={`/services/${service.id}`}>{t(`services.${service.messageKey}.title`)}</Link>
              </h3>
              <p className="mt-1 text-muted">{t(`services.${service.messageKey}.summary`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="help-heading" className="rounded bg-surface p-4">
        <h2 id="help-heading" className="text-xl">{t("home.helpHeading")}</h2>
        <p className="mt-1">{t("home.helpBody")}</p>
      </section>
    </div>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";

const serviceKeys = ["birthRegistration", "recordCorrection", "recordRestoration", "fosterCare", "adoptionRegistry"] as const;

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("home");
  return (
    <div className="space-y-10">
      <section aria-labelledby="home-title" className="space-y-3">
        <h1 id="home-title" className="text-3xl sm:text-4xl">{t("title")}</h1>
        <p className="max-w-prose text-lg text-muted">{t("lead")}</p>
      </section>
      <section aria-labelledby="services-heading" className="space-y-4">
        <h2 id="services-heading" className="text-2xl">{t("servicesHeading")}</h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {serviceKeys.map((key) => (
            <li key={key} className="rounded border border-gray-300 p-4">
              <h3 className="text-lg">{t(`services.${key}.title`)}</h3>
              <p className="mt-1 text-muted">{t(`services.${key}.summary`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="help-heading" className="rounded bg-surface p-4">
        <h2 id="help-heading" className="text-xl">{t("helpHeading")}</h2>
        <p className="mt-1">{t("helpBody")}</p>
      </section>
    </div>
  );
}

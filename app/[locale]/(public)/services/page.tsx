import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { serviceDefinitions } from "@/lib/services/definitions";

export default async function ServicesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <PageHeading title={t("catalogue.title")} lead={t("catalogue.lead")} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {Object.values(serviceDefinitions).map((service) => (
          <li key={service.id} className="rounded border border-gray-300 p-4">
            <h2 className="text-lg">
              <Link href={`/services/${service.id}`}>{t(`services.${service.messageKey}.title`)}</Link>
            </h2>
            <p className="mt-1 text-muted">{t(`services.${service.messageKey}.summary`)}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}

import { getTranslations, setRequestLocale } from "next-intl/server";
import { ContactCentre } from "@/components/home-visits/contact-centre";
import { PageHeading } from "@/components/layout/page-heading";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { paths } from "@/lib/entry/routes";

/** Home-visit intake for people with disabilities: who can ask, how, and the two ways to ask. */
export default async function HomeVisitInfoPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("homeVisit");
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading title={t("infoTitle")} lead={t("infoLead")} />
      <ol className="list-decimal space-y-2 pl-6">
        <li>{t("infoStep1")}</li>
        <li>{t("infoStep2")}</li>
        <li>{t("infoStep3")}</li>
      </ol>
      <ul className="flex flex-col gap-3 sm:flex-row">
        <li>
          <Link
            href={paths.newHomeVisit()}
            className="inline-flex min-h-11 items-center rounded bg-brand px-5 font-semibold text-white"
          >
            {t("askSelf")}
          </Link>
        </li>
        <li>
          <Link
            href={paths.newHomeVisit(true)}
            className={
              "inline-flex min-h-11 items-center rounded border-2 border-brand " +
              "px-5 font-semibold text-brand"
            }
          >
            {t("askOther")}
          </Link>
        </li>
      </ul>
      <ContactCentre />
    </div>
  );
}

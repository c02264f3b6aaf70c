import { getTranslations } from "next-intl/server";
import { paths } from "@/lib/entry/routes";
import { Link } from "@/lib/entry/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("shell.footer");
  return (
    <footer className="mt-12 border-t border-gray-300 bg-surface" aria-label={t("label")}>
      <div className="mx-auto max-w-5xl space-y-2 px-4 py-6">
        <h2 className="text-lg">{t("contactCentre")}</h2>
        <ul className="space-y-1">
          <li>
            <a href="tel:1414" className="inline-flex min-h-11 items-center">
              {t("shortNumber")}
            </a>
          </li>
          <li>
            <a href="tel:+78000807777" className="inline-flex min-h-11 items-center">
              {t("freeNumber")}
            </a>
          </li>
        </ul>
        <p className="text-muted">{t("hours")}</p>
        <nav aria-label={t("legalNav")}>
          <ul className="flex flex-wrap gap-x-6">
            <li>
              <Link
                prefetch={false}
                href={paths.accessibility()}
                className="inline-flex min-h-11 items-center"
              >
                {t("accessibility")}
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={paths.privacy()} className="inline-flex min-h-11 items-center">
                {t("privacy")}
              </Link>
            </li>
          </ul>
        </nav>
        <p className="text-sm text-muted">{t("disclaimer")}</p>
      </div>
    </footer>
  );
}

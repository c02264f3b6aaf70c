import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { locales } from "@/lib/i18n/locales";
import { switchLocalePath } from "@/lib/i18n/switch-locale-path";

const pill = "inline-flex min-h-11 min-w-11 items-center justify-center rounded px-2 font-semibold";

/** Links to this same page in each language; no client JavaScript needed. */
export async function LanguageSwitch() {
  const [t, current, requestHeaders] = await Promise.all([
    getTranslations("shell.language"),
    getLocale(),
    headers(),
  ]);
  const currentPath = requestHeaders.get("x-pathname") ?? `/${current}`;
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" className={`${pill} bg-brand text-white`}>
                <abbr title={t(`names.${locale}`)} lang={locale} className="no-underline">
                  {t(`short.${locale}`)}
                </abbr>
              </span>
            ) : (
              <a
                href={switchLocalePath(currentPath, locale)}
                hrefLang={locale}
                lang={locale}
                className={pill}
              >
                <span aria-hidden="true">{t(`short.${locale}`)}</span>
                <span className="sr-only">{t(`names.${locale}`)}</span>
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}

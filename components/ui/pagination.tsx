import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/entry/i18n/navigation";

/** Previous / next links for a paged list, as plain links (works without JavaScript). */
export async function Pagination({
  page,
  pages,
  href,
}: {
  page: number;
  pages: number;
  href: (page: number) => string;
}) {
  if (pages <= 1) return null;
  const t = await getTranslations("pagination");
  return (
    <nav aria-label={t("label")} className="flex flex-wrap items-center gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className="inline-flex min-h-11 items-center">
          {t("previous")}
        </Link>
      ) : null}
      <p aria-current="page">{t("status", { page, pages })}</p>
      {page < pages ? (
        <Link href={href(page + 1)} className="inline-flex min-h-11 items-center">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}

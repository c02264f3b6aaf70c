import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/entry/i18n/navigation";
import { paths } from "@/lib/entry/routes";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <div className="space-y-3">
      <h1 className="text-2xl sm:text-3xl">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <Link href={paths.home()}>{t("home")}</Link>
      </p>
    </div>
  );
}

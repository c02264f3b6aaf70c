import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/entry/i18n/navigation";
import { paths } from "@/lib/entry/routes";

/**
 * Shown on every page when DEMO_MODE is on: the data is test data and SMS messages are not sent but
 * shown on the demo outbox page. A named region, so it is a landmark and screen readers announce it.
 */
export async function DemoBanner() {
  const t = await getTranslations("demo");
  return (
    <section aria-label={t("bannerLabel")} className="demo-banner border-b-4 border-focus bg-ink text-white">
      <p className="mx-auto max-w-5xl px-4 py-2">
        <strong className="mr-2 rounded bg-focus px-2 py-0.5 text-ink">{t("bannerLabel")}</strong>
        {/* Phones get the label and the link only, so the page heading stays on the first screen. */}
        <span className="hidden sm:inline">{t("bannerText")} </span>
        <Link href={paths.demoSms()} className="font-semibold text-white underline">
          {t("bannerLink")}
        </Link>
      </p>
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitch } from "./language-switch";
import { LowVisionToggle } from "./low-vision-toggle";

export async function SiteHeader({ lowVision }: { lowVision: boolean }) {
  const t = await getTranslations("shell");
  return (
    <header className="border-b-4 border-brand bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="flex flex-col no-underline" aria-label={t("home")}>
          <span className="text-2xl font-bold text-brand">Qyzmet</span>
          <span className="text-sm text-muted">{t("brandTagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <LowVisionToggle enabled={lowVision} />
          <LanguageSwitch />
        </div>
      </div>
      <nav aria-label={t("mainNav")} className="bg-surface">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-1 px-4 py-2">
          <li><Link href="/" className="inline-flex min-h-11 items-center">{t("nav.services")}</Link></li>
          <li><Link href="/" className="inline-flex min-h-11 items-center">{t("signIn")}</Link></li>
        </ul>
      </nav>
    </header>
  );
}

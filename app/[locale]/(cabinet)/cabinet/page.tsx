import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { getCurrentUser } from "@/lib/auth/current-user";
import type { Locale } from "@/lib/i18n/routing";

export default async function CabinetPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, user] = await Promise.all([getTranslations("cabinet"), getFormatter(), getCurrentUser()]);
  if (!user) return null;
  return (
    <div className="space-y-6">
      <PageHeading title={t("title")} lead={t("welcome", { name: user.fullName })} />
      <section aria-labelledby="profile-heading" className="rounded border border-gray-300 p-4">
        <h2 id="profile-heading" className="text-xl">{t("profile")}</h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t("iin")}</dt>
          <dd>{user.iin}</dd>
          <dt className="font-semibold">{t("birthDate")}</dt>
          <dd>{format.dateTime(new Date(`${user.birthDate}T00:00:00+05:00`), { dateStyle: "long" })}</dd>
          <dt className="font-semibold">{t("phone")}</dt>
          <dd>{user.phone}</dd>
        </dl>
      </section>
      <p>{t("requestsSoon")}</p>
    </div>
  );
}

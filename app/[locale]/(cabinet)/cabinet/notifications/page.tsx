import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { Link } from "@/lib/entry/i18n/navigation";
import type { Locale } from "@/lib/i18n/locales";
import { markAllReadAction, markReadAction } from "@/lib/entry/actions/notifications";
import { listNotifications } from "@/lib/notifications/cabinet";
import { paths } from "@/lib/entry/routes";

export default async function NotificationsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, format, user] = await Promise.all([
    getTranslations("notifications"),
    getFormatter(),
    getCurrentUser(),
  ]);
  if (!user) return null;
  const items = await listNotifications(await getDb(), user.userId);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading title={t("title")} />
      {items.some((item) => !item.readAt) ? (
        <form action={markAllReadAction}>
          <button
            type="submit"
            className="min-h-11 rounded border-2 border-brand px-4 font-semibold text-brand"
          >
            {t("markAllRead")}
          </button>
        </form>
      ) : null}
      {items.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((item) => (
            <li
              key={item.id}
              className={
                "space-y-1 rounded border p-4 " +
                (item.readAt ? "border-gray-300" : "border-l-8 border-brand")
              }
            >
              <h2 className="text-lg">
                {item.readAt ? null : (
                  <>
                    <span className="mr-2 rounded bg-brand px-2 text-sm text-white">{t("unread")}</span>{" "}
                  </>
                )}
                {item.title}
              </h2>
              <p>{item.body}</p>
              <p className="text-sm text-muted">
                <time dateTime={item.createdAt.toISOString()}>
                  {format.dateTime(item.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </time>
              </p>
              <div className="flex flex-wrap items-center gap-4">
                {item.applicationId ? (
                  <Link href={paths.application(item.applicationId)}>{t("openRequest")}</Link>
                ) : null}
                {item.homeVisitId ? (
                  <Link href={paths.homeVisit(item.homeVisitId)}>{t("openVisit")}</Link>
                ) : null}
                {item.readAt ? null : (
                  <form action={markReadAction}>
                    <input type="hidden" name="id" value={item.id} />
                    <button
                      type="submit"
                      aria-label={t("markReadLabel", { title: item.title })}
                      className="min-h-11 font-semibold text-brand underline"
                    >
                      {t("markRead")}
                    </button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { getDb } from "@/lib/db/server";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { listOutbox } from "@/lib/notifications/sms";

/** The SMS adapter's outbox, for the demo only (DEMO_MODE); a real deployment has no such page. */
export default async function SmsOutboxPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!env.DEMO_MODE) notFound();
  const [t, format, messages] = await Promise.all([getTranslations("demo"), getFormatter(), getDb().then((db) => listOutbox(db, 20))]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("smsTitle")} lead={t("smsLead")} />
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">{t("time")}</th>
                <th scope="col" className="p-2">{t("phone")}</th>
                <th scope="col" className="p-2">{t("message")}</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className="border-b border-gray-300">
                  <td className="p-2 whitespace-nowrap">{format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
                  <td className="p-2 whitespace-nowrap">{message.phone}</td>
                  <td className="p-2">{message.body}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

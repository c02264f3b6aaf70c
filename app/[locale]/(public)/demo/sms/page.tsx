import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { getDb } from "@/lib/db/server";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/locales";
import { listOutbox } from "@/lib/notifications/sms";

/** The SMS adapter's outbox, for the demo only (DEMO_MODE); a real deployment has no such page. */
export default async function SmsOutboxPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  if (!env.DEMO_MODE) notFound();
  const [t, format, messages] = await Promise.all([
    getTranslations("demo"),
    getFormatter(),
    getDb().then((db) => listOutbox(db, 20)),
  ]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("smsTitle")} lead={t("smsLead")} />
      {messages.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <DataTable
          headers={[t("time"), t("phone"), t("message")]}
          rows={messages.map((message) => ({
            key: message.id,
            cells: [
              <span key="time" className="md:whitespace-nowrap">
                {format.dateTime(message.createdAt, { dateStyle: "short", timeStyle: "medium" })}
              </span>,
              <span key="phone" className="md:whitespace-nowrap">
                {message.phone}
              </span>,
              message.body,
            ],
          }))}
        />
      )}
    </div>
  );
}

import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageHeading } from "@/components/layout/page-heading";
import { loadReceipt } from "@/lib/applications/receipt";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import type { Locale } from "@/lib/i18n/locales";
import { apiPaths } from "@/lib/entry/routes";

export default async function ReceiptPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await getCurrentUser();
  if (!user) return null;
  const receipt = await loadReceipt({ db: await getDb(), userId: user.userId, iin: user.iin, id, locale });
  if (!receipt) notFound();
  const t = await getTranslations("receipt");
  return (
    <article className="max-w-3xl space-y-6">
      <PageHeading title={receipt.title} lead={receipt.refused ? undefined : t("lead")} focusOnArrival />
      {receipt.refusal ? (
        <p role="alert" className="border-l-4 border-danger bg-surface p-4 font-semibold">
          {receipt.refusal}
        </p>
      ) : null}
      <dl className="divide-y divide-gray-300 border-y border-gray-300">
        {receipt.rows.map((row) => (
          <div key={row.label} className="grid gap-1 py-2 sm:grid-cols-[16rem_1fr]">
            <dt className="font-semibold">{row.label}</dt>
            <dd className="break-words">{row.value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="receipt-documents">
        <h2 id="receipt-documents" className="text-xl">
          {receipt.documents.heading}
        </h2>
        <ol className="mt-2 list-decimal pl-6">
          {receipt.documents.names.map((name) => (
            <li key={name}>{name}</li>
          ))}
        </ol>
      </section>
      <p className="flex flex-wrap gap-4 print:hidden">
        <a
          href={apiPaths.receipt(id, locale)}
          download
          className="inline-flex min-h-11 items-center font-semibold"
        >
          {t("pdf")}
        </a>
      </p>
    </article>
  );
}

import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { KeyIssueForm } from "@/components/eds/key-issue-form";
import { PageHeading } from "@/components/layout/page-heading";
import { DataTable } from "@/components/ui/data-table";
import { getCurrentUser } from "@/lib/entry/current-user";
import { getDb } from "@/lib/db/server";
import { revokeKeyAction } from "@/lib/entry/actions/eds";
import { listCertificates } from "@/lib/eds/list-certificates";
import type { Locale } from "@/lib/i18n/locales";
import { apiPaths, routes } from "@/lib/entry/routes";
import { safeReturnPath } from "@/lib/entry/return-path";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ revoked?: string; next?: string | string[] }>;
};

export default async function KeysPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, tErrors, tForms, tAuth, format, user, { revoked, next }] = await Promise.all([
    getTranslations("keys"),
    getTranslations("errors"),
    getTranslations("forms"),
    getTranslations("auth"),
    getFormatter(),
    getCurrentUser(),
    searchParams,
  ]);
  if (!user) return null;
  // Sent here from a request's review page to get a key: the way back (this site's paths only).
  const back = safeReturnPath(next);
  const keys = await listCertificates(await getDb(), user.iin);
  // A server component renders once per request: "now" is the request's time.
  // eslint-disable-next-line react-hooks/purity
  const now = Date.now();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  const dateTime = (value: Date) => format.dateTime(value, { dateStyle: "medium", timeStyle: "short" });
  return (
    <div className="space-y-8">
      <PageHeading title={t("title")} lead={t("lead")} />
      {back ? (
        <p className="border-l-4 border-brand bg-surface p-3">
          {t("returnLead")} <a href={back}>{t("returnToDraft")}</a>
        </p>
      ) : null}
      {revoked ? (
        <p role="status" className="border-l-4 border-success bg-surface p-3">
          {t("revokedDone")}
        </p>
      ) : null}
      <section aria-labelledby="issue-key" className="max-w-xl space-y-4">
        <h2 id="issue-key" className="text-2xl">
          {t("issueTitle")}
        </h2>
        <KeyIssueForm
          startAgainHref={routes.keys(locale, false, back ?? undefined)}
          labels={{
            kind: t("kind"),
            kindSign: t("kindSign"),
            kindAuth: t("kindAuth"),
            accountPassword: t("accountPassword"),
            accountPasswordHint: t("accountPasswordHint"),
            sendCode: t("sendCode"),
            code: tForms("code"),
            codeHint: tForms("codeHint"),
            startAgain: tAuth("startAgain"),
            password: t("password"),
            passwordHint: t("passwordHint"),
            submit: t("issueSubmit"),
            issued: t("issued"),
            summaryTitle: tErrors("summaryTitle"),
          }}
        />
      </section>
      <section aria-labelledby="my-keys" className="space-y-4">
        <h2 id="my-keys" className="text-2xl">
          {t("listTitle")}
        </h2>
        {keys.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <DataTable
            headers={[
              t("kind"),
              t("serial"),
              t("issuedAt"),
              t("issuedWhere"),
              t("valid"),
              t("status"),
              t("actions"),
            ]}
            rows={keys.map((key) => {
              const status = key.revokedAt ? "revoked" : key.notAfter.getTime() < now ? "expired" : "active";
              return {
                key: key.serial,
                cells: [
                  key.kind.toUpperCase(),
                  <span key="serial" className="font-mono text-sm break-all">
                    {key.serial}
                  </span>,
                  <span key="issued" className="md:whitespace-nowrap">
                    {dateTime(key.issuedAt)}
                  </span>,
                  key.issuedFrom || key.issuedDevice
                    ? [key.issuedFrom, key.issuedDevice ?? t("unknownDevice")].filter(Boolean).join(" · ")
                    : t("notRecorded"),
                  <span key="valid" className="md:whitespace-nowrap">
                    {date(key.notBefore)} – {date(key.notAfter)}
                  </span>,
                  t(status),
                  status === "active" ? (
                    <form key="revoke" action={revokeKeyAction}>
                      <input type="hidden" name="serial" value={key.serial} />
                      <button
                        type="submit"
                        aria-label={t("revokeLabel", { serial: key.serial })}
                        className="min-h-11 rounded border-2 border-danger px-3 font-semibold text-danger"
                      >
                        {t("revoke")}
                      </button>
                    </form>
                  ) : null,
                ],
              };
            })}
          />
        )}
        {/* Downloads from the API, not pages: plain links. */}
        <ul className="space-y-1">
          <li>
            <a href={apiPaths.caCertificate()}>{t("chain")}</a>
          </li>
          <li>
            <a href={apiPaths.crl()}>{t("crl")}</a>
          </li>
        </ul>
      </section>
    </div>
  );
}

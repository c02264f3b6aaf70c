"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useDateText } from "@/components/i18n/date-text";
import { Link } from "@/lib/entry/i18n/navigation";
import type { SignRequest, SignResult } from "@/lib/eds/signer-port";
import type { LoadedKey } from "@/lib/eds/sign-cms";

/** For someone with no key: the keys page (returning here) and, where offered, a home visit. */
export type SignHelp = { keysHref: string; homeVisitHref?: string };
type Props = { request: SignRequest; onResult: (result: SignResult) => void; help?: SignHelp };
type ErrorKey =
  | "noFile"
  | "noPassword"
  | "wrong_password"
  | "not_a_key_file"
  | "not_signing_key"
  | "not_auth_key"
  | "expired"
  | "iin_mismatch";

const KEY_USAGE_NON_REPUDIATION = "nonRepudiation";

/** The built-in signer: pick a key file, enter its password, see the certificate, sign or cancel. */
export function EdsSignDialog({ request, onResult, help }: Props) {
  const t = useTranslations("eds");
  const dialog = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<LoadedKey | null>(null);
  const [error, setError] = useState<ErrorKey | null>(null);
  const [busy, setBusy] = useState(false);
  const dates = useDateText();
  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  async function open(form: HTMLFormElement) {
    const file = (form.elements.namedItem("keyFile") as HTMLInputElement).files?.[0];
    const password = (form.elements.namedItem("keyPassword") as HTMLInputElement).value;
    if (!file) return setError("noFile");
    if (!password) return setError("noPassword");
    setBusy(true);
    try {
      const { openKeyFile } = await import("@/lib/eds/sign-cms");
      const key = openKeyFile(new Uint8Array(await file.arrayBuffer()), password);
      const now = Date.now();
      const signing = Boolean(
        key.certificate.getExtension("keyUsage") &&
        (key.certificate.getExtension("keyUsage") as Record<string, boolean>)[KEY_USAGE_NON_REPUDIATION],
      );
      if (now < Date.parse(key.info.validFrom) || now > Date.parse(key.info.validTo)) setError("expired");
      else if (request.purpose === "sign" && !signing) setError("not_signing_key");
      else if (request.purpose === "auth" && signing) setError("not_auth_key");
      else if (request.iin && key.info.iin !== request.iin) setError("iin_mismatch");
      else setError(null);
      setLoaded(key);
    } catch (caught) {
      setLoaded(null);
      setError((caught as { code?: ErrorKey }).code ?? "not_a_key_file");
    } finally {
      setBusy(false);
    }
  }

  async function sign() {
    if (!loaded) return;
    setBusy(true);
    const { signDetached } = await import("@/lib/eds/sign-cms");
    const cms = signDetached(loaded, new TextEncoder().encode(request.data));
    setBusy(false);
    dialog.current?.close();
    onResult({ status: "signed", cms });
  }

  function cancel() {
    dialog.current?.close();
    onResult({ status: "cancelled" });
  }

  // The page's language and Asia/Almaty, whatever the browser's own settings.
  const date = (iso: string) => dates.date(new Date(iso));
  return (
    <dialog
      ref={dialog}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
      aria-labelledby="eds-dialog-title"
      className={
        "m-auto w-[min(36rem,calc(100vw-1rem))] rounded border-4 border-brand p-5 " + "backdrop:bg-black/50"
      }
    >
      <h2 id="eds-dialog-title" className="text-2xl">
        {request.purpose === "auth" ? t("dialogTitleAuth") : t("dialogTitle")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("privacy")}</p>
      <details className="mt-2">
        <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand">{t("helpTitle")}</summary>
        <p className="text-sm">{t("helpText")}</p>
        {help ? (
          <ul className="mt-1 space-y-1 text-sm">
            <li>
              {t("noKey")} <Link href={help.keysHref}>{t("getKey")}</Link>
            </li>
            {help.homeVisitHref ? (
              <li>
                <Link href={help.homeVisitHref}>{t("homeVisit")}</Link>
              </li>
            ) : null}
          </ul>
        ) : null}
      </details>
      <form
        className="mt-4 space-y-4"
        onSubmit={(event) => {
          event.preventDefault();
          void open(event.currentTarget);
        }}
      >
        <div className="space-y-1">
          <label htmlFor="eds-key-file" className="block font-semibold">
            {t("keyFile")}
          </label>
          <p id="eds-key-file-hint" className="text-sm text-muted">
            {t("keyFileHint")}
          </p>
          <input
            id="eds-key-file"
            name="keyFile"
            type="file"
            accept=".p12,.pfx,application/x-pkcs12"
            aria-describedby="eds-key-file-hint"
            className="block w-full min-h-11"
          />
        </div>
        <div className="space-y-1">
          <label htmlFor="eds-key-password" className="block font-semibold">
            {t("keyPassword")}
          </label>
          <input
            id="eds-key-password"
            name="keyPassword"
            type="password"
            autoComplete="off"
            className="block min-h-11 w-full max-w-sm rounded border-2 border-ink px-3"
          />
        </div>
        <button
          type="submit"
          disabled={busy}
          className="min-h-11 rounded border-2 border-brand px-4 font-semibold text-brand"
        >
          {t("open")}
        </button>
      </form>
      <div aria-live="polite" className="mt-4 space-y-3">
        {error ? (
          <p role="alert" className="font-semibold text-danger">
            {t(`errors.${error}`)}
          </p>
        ) : null}
        {loaded ? (
          <section aria-labelledby="eds-certificate" className="rounded bg-surface p-3">
            <h3 id="eds-certificate" className="font-semibold">
              {t("certificate")}
            </h3>
            <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-3 text-sm">
              <dt>{t("owner")}</dt>
              <dd>{loaded.info.commonName}</dd>
              <dt>{t("iin")}</dt>
              <dd>{loaded.info.iin}</dd>
              <dt>{t("validity")}</dt>
              <dd>{t("validRange", { from: date(loaded.info.validFrom), to: date(loaded.info.validTo) })}</dd>
              <dt>{t("issuer")}</dt>
              <dd>{loaded.info.issuer}</dd>
            </dl>
          </section>
        ) : null}
        {busy ? <p>{t("working")}</p> : null}
      </div>
      <div className="mt-5 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={sign}
          disabled={!loaded || error !== null || busy}
          className="min-h-11 rounded bg-brand px-5 font-semibold text-white disabled:opacity-60"
        >
          {t("sign")}
        </button>
        <button
          type="button"
          onClick={cancel}
          className="min-h-11 rounded border-2 border-ink px-4 font-semibold"
        >
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { EdsSignDialog, type SignHelp } from "@/components/eds/eds-sign-dialog";
import type { SignRequest, SignResult } from "@/lib/eds/signer-port";

export type SignAnswer = { ok: true; next: string } | { ok: false; message: string };

/** A button that fetches the bytes to sign, signs them in the EDS dialog, and hands the CMS to the server. */
export function SignWithEds({
  payload,
  submit,
  iin,
  labels,
  help,
}: {
  payload: () => Promise<string>;
  submit: (cms: string) => Promise<SignAnswer>;
  iin: string;
  labels: { submit: string; submitting: string };
  /** Links for someone with no key (a request's review page). */
  help?: SignHelp;
}) {
  const t = useTranslations("eds");
  const [request, setRequest] = useState<SignRequest | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    setStatus(null);
    setRequest({ data: await payload(), iin, purpose: "sign" });
  }

  async function finish(result: SignResult) {
    setRequest(null);
    if (result.status === "cancelled") return setStatus({ text: t("cancelled"), error: false });
    setBusy(true);
    setStatus({ text: labels.submitting, error: false });
    const answer = await submit(result.cms);
    if (answer.ok) return window.location.assign(answer.next);
    setBusy(false);
    setStatus({ text: answer.message, error: true });
  }

  return (
    <div className="space-y-3">
      <div aria-live="polite">
        {status ? (
          <p
            role={status.error ? "alert" : "status"}
            className={status.error ? "font-semibold text-danger" : ""}
          >
            {status.text}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        onClick={start}
        disabled={busy}
        className="min-h-11 rounded bg-brand px-5 font-semibold text-white disabled:opacity-70"
      >
        {labels.submit}
      </button>
      {request ? <EdsSignDialog request={request} onResult={finish} help={help} /> : null}
    </div>
  );
}

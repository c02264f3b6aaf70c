"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { edsChallengeAction, edsSignInAction } from "@/lib/entry/actions/eds";
import type { SignRequest, SignResult } from "@/lib/eds/signer-port";
import { EdsSignDialog } from "./eds-sign-dialog";

/**
 * EDS sign-in: fetch a one-time challenge, sign it with the AUTH key in the dialog, send it back.
 * `next`: where to go afterwards (the server checks it again).
 */
export function EdsSignIn({ next }: { next?: string }) {
  const t = useTranslations("eds");
  const [request, setRequest] = useState<SignRequest | null>(null);
  const [status, setStatus] = useState<{ kind: "error" | "info"; text: string } | null>(null);

  async function start() {
    setStatus(null);
    const answer = await edsChallengeAction();
    if (answer.ok) setRequest({ data: answer.challenge, iin: null, purpose: "auth" });
    else setStatus({ kind: "error", text: answer.message });
  }

  async function finish(result: SignResult) {
    const challenge = request?.data ?? "";
    setRequest(null);
    if (result.status === "cancelled") return setStatus({ kind: "info", text: t("cancelled") });
    const answer = await edsSignInAction(challenge, result.cms, next);
    if (answer.ok) window.location.assign(answer.next);
    else setStatus({ kind: "error", text: answer.message });
  }

  return (
    <div className="space-y-4">
      <div aria-live="polite">
        {status ? (
          <p
            role={status.kind === "error" ? "alert" : "status"}
            className={status.kind === "error" ? "font-semibold text-danger" : ""}
          >
            {status.text}
          </p>
        ) : null}
      </div>
      <button
        type="button"
        onClick={start}
        className="min-h-11 rounded bg-brand px-5 font-semibold text-white"
      >
        {t("start")}
      </button>
      {request ? <EdsSignDialog request={request} onResult={finish} /> : null}
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { EdsSignDialog } from "@/components/eds/eds-sign-dialog";
import { answerComplaintAction, complaintReplyPayloadAction } from "@/lib/entry/actions/complaints";
import type { SignRequest, SignResult } from "@/lib/eds/signer-port";

/** The head types the answer, signs exactly that text with the staff EDS, and it is sent. */
export function ReplyWithEds({
  complaintId,
  iin,
  maxLength,
  labels,
}: {
  complaintId: string;
  iin: string;
  maxLength: number;
  labels: { reply: string; hint: string; submit: string; submitting: string };
}) {
  const t = useTranslations("eds");
  const [text, setText] = useState("");
  const [request, setRequest] = useState<SignRequest | null>(null);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  async function start() {
    setStatus(null);
    const answer = await complaintReplyPayloadAction(complaintId, text);
    if (!answer.ok) return setStatus({ text: answer.message, error: true });
    setRequest({ data: answer.payload, iin, purpose: "sign" });
  }

  async function finish(result: SignResult) {
    setRequest(null);
    if (result.status === "cancelled") return setStatus({ text: t("cancelled"), error: false });
    setBusy(true);
    setStatus({ text: labels.submitting, error: false });
    const answer = await answerComplaintAction(complaintId, text, result.cms);
    if (answer.ok) return window.location.assign(answer.next);
    setBusy(false);
    setStatus({ text: answer.message, error: true });
  }

  return (
    <div className="space-y-3">
      <div className="space-y-1">
        <label htmlFor="field-reply" className="block font-semibold">
          {labels.reply}
        </label>
        <p id="field-reply-hint" className="text-sm text-muted">
          {labels.hint}
        </p>
        <textarea
          id="field-reply"
          name="reply"
          rows={6}
          value={text}
          maxLength={maxLength}
          onChange={(event) => setText(event.target.value)}
          aria-describedby="field-reply-hint"
          className="block w-full max-w-xl rounded border-2 border-ink bg-white px-3 py-2 text-base"
        />
      </div>
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
      {request ? <EdsSignDialog request={request} onResult={finish} /> : null}
    </div>
  );
}

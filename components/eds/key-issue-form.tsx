"use client";

import { useActionState, useEffect, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { TextField } from "@/components/forms/text-field";
import { issueKeyAction } from "@/lib/entry/actions/eds";
import { initialFormState } from "@/lib/forms/form-state";

type Labels = {
  kind: string;
  kindSign: string;
  kindAuth: string;
  accountPassword: string;
  accountPasswordHint: string;
  sendCode: string;
  code: string;
  codeHint: string;
  password: string;
  passwordHint: string;
  submit: string;
  issued: string;
  summaryTitle: string;
  startAgain: string;
};

/**
 * Two steps, one form: the key type and the account password (a code goes out by SMS), then the code
 * and the key file's password; the server answers with the PKCS#12 file to save.
 */
export function KeyIssueForm({ labels, startAgainHref }: { labels: Labels; startAgainHref: string }) {
  const [state, action, pending] = useActionState(issueKeyAction, initialFormState);
  const [download, setDownload] = useState<{ url: string; name: string } | null>(null);
  useEffect(() => {
    if (state.status !== "success" || !state.data?.base64 || !state.data.fileName) return;
    const bytes = Uint8Array.from(atob(state.data.base64), (char) => char.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: "application/x-pkcs12" }));
    // The object URL is an external resource: made and revoked with the state it belongs to.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDownload({ url, name: state.data.fileName });
    return () => URL.revokeObjectURL(url);
  }, [state]);
  // Step 2 after the code went out, and again after a wrong code; step 1 otherwise (and after a key).
  const confirmationId =
    state.status === "success" ? state.data?.confirmationId : state.values.confirmationId || undefined;
  const kind = (confirmationId ? (state.data?.kind ?? state.values.kind) : state.values.kind) ?? "sign";
  const kindLabel = kind === "auth" ? labels.kindAuth : labels.kindSign;
  return (
    <form action={action} noValidate className="space-y-5">
      <ErrorSummary
        title={labels.summaryTitle}
        formError={state.formError}
        errors={state.errors}
        labels={{
          kind: labels.kind,
          accountPassword: labels.accountPassword,
          code: labels.code,
          password: labels.password,
        }}
      />
      {confirmationId ? (
        <>
          {state.message ? (
            <p role="status" className="rounded border-l-4 border-success bg-surface p-3 font-semibold">
              {state.message}
            </p>
          ) : null}
          <input type="hidden" name="confirmationId" value={confirmationId} />
          <input type="hidden" name="kind" value={kind} />
          <p>
            <span className="font-semibold">{labels.kind}:</span> {kindLabel}
          </p>
          <TextField
            name="code"
            label={labels.code}
            hint={labels.codeHint}
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            error={state.errors.code}
          />
          <TextField
            name="password"
            label={labels.password}
            hint={labels.passwordHint}
            type="password"
            autoComplete="new-password"
            error={state.errors.password}
          />
        </>
      ) : (
        <>
          <fieldset className="space-y-2">
            <legend className="font-semibold">{labels.kind}</legend>
            {(["sign", "auth"] as const).map((option) => (
              <div key={option} className="flex items-center gap-2">
                <input
                  id={`field-kind-${option}`}
                  type="radio"
                  name="kind"
                  value={option}
                  defaultChecked={kind === option}
                  className="size-6"
                />
                <label htmlFor={`field-kind-${option}`}>
                  {option === "sign" ? labels.kindSign : labels.kindAuth}
                </label>
              </div>
            ))}
          </fieldset>
          <TextField
            name="accountPassword"
            label={labels.accountPassword}
            hint={labels.accountPasswordHint}
            type="password"
            autoComplete="current-password"
            error={state.errors.accountPassword}
          />
        </>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded bg-brand px-5 font-semibold text-white disabled:opacity-70"
        >
          {confirmationId ? labels.submit : labels.sendCode}
        </button>
        {confirmationId ? <a href={startAgainHref}>{labels.startAgain}</a> : null}
      </div>
      <div aria-live="polite">
        {download ? (
          <p className="rounded border-l-4 border-success bg-surface p-3">
            {labels.issued}{" "}
            <a href={download.url} download={download.name} className="font-semibold">
              {download.name}
            </a>
          </p>
        ) : null}
      </div>
    </form>
  );
}

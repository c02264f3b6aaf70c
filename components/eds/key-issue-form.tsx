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
  password: string;
  passwordHint: string;
  submit: string;
  issued: string;
  summaryTitle: string;
};

/** Asks for the key type and password; the server answers with the PKCS#12 file to save. */
export function KeyIssueForm({ labels }: { labels: Labels }) {
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
  return (
    <form action={action} noValidate className="space-y-5">
      <ErrorSummary
        title={labels.summaryTitle}
        formError={state.formError}
        errors={state.errors}
        labels={{ kind: labels.kind, password: labels.password }}
      />
      <fieldset className="space-y-2">
        <legend className="font-semibold">{labels.kind}</legend>
        {(["sign", "auth"] as const).map((kind) => (
          <div key={kind} className="flex items-center gap-2">
            <input
              id={`field-kind-${kind}`}
              type="radio"
              name="kind"
              value={kind}
              defaultChecked={(state.values.kind ?? "sign") === kind}
              className="size-6"
            />
            <label htmlFor={`field-kind-${kind}`}>
              {kind === "sign" ? labels.kindSign : labels.kindAuth}
            </label>
          </div>
        ))}
      </fieldset>
      <TextField
        name="password"
        label={labels.password}
        hint={labels.passwordHint}
        type="password"
        autoComplete="new-password"
        error={state.errors.password}
      />
      <button
        type="submit"
        disabled={pending}
        className="min-h-11 rounded bg-brand px-5 font-semibold text-white disabled:opacity-70"
      >
        {labels.submit}
      </button>
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

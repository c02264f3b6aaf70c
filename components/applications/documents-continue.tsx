"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { DocumentUpload, useHydrated, type UploadLabels } from "./document-upload";

type Document = {
  id: string;
  title: string;
  requirement: string;
  /** `size`: the file size as the page writes it ("12 КБ"). */
  files: Array<{ id: string; name: string; size: string }>;
};
type Props = {
  applicationId: string;
  documents: Document[];
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  /** A problem with the last post before it reached the action (too large in all). */
  formError?: string;
  labels: UploadLabels & { continue: string; summaryTitle: string; attach: string };
};

/**
 * The documents step: one multipart form with a file input per document type, posted to a server action
 * (works without JavaScript: "Attach" stores the chosen files, "Continue" stores them and goes on once
 * the required ones are there). With JavaScript each file uploads as soon as it is chosen or dropped,
 * with a progress bar, and the form posts no files.
 */
export function DocumentsStep({ applicationId, documents, action, formError, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const hydrated = useHydrated();
  const titles = Object.fromEntries(documents.map((document) => [`document-${document.id}`, document.title]));
  return (
    // React renders a function action as method="POST" encType="multipart/form-data" (no JS: files go).
    <form action={formAction} noValidate className="space-y-5">
      <ErrorSummary
        title={labels.summaryTitle}
        formError={state.formError ?? (state.status === "idle" ? formError : undefined)}
        errors={state.errors}
        labels={titles}
      />
      {state.message ? (
        <p role="status" className="rounded border-l-4 border-success bg-surface p-3 font-semibold">
          {state.message}
        </p>
      ) : null}
      {documents.map((document) => (
        <DocumentUpload
          key={document.id}
          applicationId={applicationId}
          documentType={document.id}
          title={document.title}
          requirement={document.requirement}
          files={document.files}
          error={state.errors[`document-${document.id}`]}
          labels={labels}
        />
      ))}
      <div className="flex flex-wrap gap-3">
        <button
          type="submit"
          name="intent"
          value="continue"
          disabled={pending}
          className="min-h-11 rounded bg-brand px-5 font-semibold text-white disabled:opacity-70"
        >
          {labels.continue}
        </button>
        {/* Until JS runs (or without it): attach the chosen files and stay to check them. */}
        {hydrated ? null : (
          <button
            type="submit"
            name="intent"
            value="attach"
            className="min-h-11 rounded border-2 border-brand px-5 font-semibold text-brand"
          >
            {labels.attach}
          </button>
        )}
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { initialFormState, type FormState } from "@/lib/forms/form-state";
import { DocumentUpload, type UploadLabels } from "./document-upload";

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
  action: (state: FormState) => Promise<FormState>;
  labels: UploadLabels & { continue: string; summaryTitle: string };
};

/** The documents step: an uploader per document type, and Continue once the required ones are there. */
export function DocumentsStep({ applicationId, documents, action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const titles = Object.fromEntries(documents.map((document) => [`document-${document.id}`, document.title]));
  return (
    <div className="space-y-5">
      <ErrorSummary
        title={labels.summaryTitle}
        formError={state.formError}
        errors={state.errors}
        labels={titles}
      />
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
      <form action={formAction}>
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 rounded bg-brand px-5 font-semibold text-white disabled:opacity-70"
        >
          {labels.continue}
        </button>
      </form>
    </div>
  );
}

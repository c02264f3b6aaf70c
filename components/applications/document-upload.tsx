"use client";

import { useRouter } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { apiPaths } from "@/lib/entry/routes";

export type UploadLabels = {
  choose: string;
  drop: string;
  uploading: string;
  uploaded: string;
  remove: string;
  removeLabel: string;
  removed: string;
  none: string;
};
type Props = {
  applicationId: string;
  documentType: string;
  title: string;
  requirement: string;
  error?: string;
  /** `size`: the file size as the page writes it ("12 КБ"). */
  files: Array<{ id: string; name: string; size: string }>;
  labels: UploadLabels;
};

const fill = (template: string, name: string) => template.replace("{name}", name);
const never = () => () => undefined;
/** False in the server's HTML and until hydration, true once this page's JavaScript runs. */
export const useHydrated = () =>
  useSyncExternalStore(
    never,
    () => true,
    () => false,
  );

/**
 * One document type inside the documents step's form: pick or drop a file, see the upload progress,
 * remove or replace it. Without JS the chosen file is posted with the form; JS uploads it at once.
 */
export function DocumentUpload({
  applicationId,
  documentType,
  title,
  requirement,
  error,
  files,
  labels,
}: Props) {
  const router = useRouter();
  const [progress, setProgress] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [dragging, setDragging] = useState(false);
  const inputId = `field-document-${documentType}`;
  // Without JS the input posts its file with the step's form; once JS runs, files upload at once and
  // the input leaves the form's data (an emptied file input would still post an empty file).
  const hydrated = useHydrated();

  function upload(file: File) {
    const body = new FormData();
    body.set("file", file);
    body.set("documentType", documentType);
    body.set("applicationId", applicationId);
    const request = new XMLHttpRequest();
    request.open("POST", apiPaths.attachments());
    request.upload.onprogress = (event) =>
      event.lengthComputable && setProgress(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      setProgress(null);
      if (request.status === 201) {
        setMessage({ text: fill(labels.uploaded, file.name), error: false });
        router.refresh();
      } else {
        const problem = JSON.parse(request.responseText || "{}") as {
          title?: string;
          errors?: Record<string, string>;
        };
        setMessage({ text: problem.errors?.file ?? problem.title ?? String(request.status), error: true });
      }
    };
    request.onerror = () => setProgress(null);
    setMessage({ text: fill(labels.uploading, file.name), error: false });
    setProgress(0);
    request.send(body);
  }

  async function remove(file: { id: string; name: string }) {
    const response = await fetch(apiPaths.attachment(file.id), { method: "DELETE" });
    if (response.ok) {
      setMessage({ text: fill(labels.removed, file.name), error: false });
      router.refresh();
    }
  }

  return (
    <div className={`space-y-2 rounded border p-4 ${error ? "border-4 border-danger" : "border-gray-300"}`}>
      <h2 className="text-lg">
        {title} <span className="text-base font-normal text-muted">({requirement})</span>
      </h2>
      {error ? (
        <p id={`${inputId}-error`} className="font-semibold text-danger">
          {error}
        </p>
      ) : null}
      {files.length ? (
        <ul className="space-y-1">
          {files.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-3">
              <a href={apiPaths.attachment(file.id)}>{file.name}</a>
              <span className="text-sm text-muted">{file.size}</span>
              {/* Without JS the button posts the step's form (`remove`); with JS it deletes in place. */}
              <button
                type="submit"
                name="remove"
                value={file.id}
                formNoValidate
                onClick={(event) => {
                  event.preventDefault();
                  void remove(file);
                }}
                aria-label={fill(labels.removeLabel, file.name)}
                className="min-h-11 px-2 font-semibold text-danger underline"
              >
                {labels.remove}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-muted">{labels.none}</p>
      )}
      <div
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          const file = event.dataTransfer.files[0];
          if (file) upload(file);
        }}
        className={
          "rounded border-2 border-dashed p-3 " + (dragging ? "border-brand bg-surface" : "border-gray-400")
        }
      >
        <label htmlFor={inputId} className="block font-semibold">
          {labels.choose}: {title}
        </label>
        {/* Dragging needs a mouse: the hint is hidden on touch screens. */}
        <p className="text-sm text-muted pointer-coarse:hidden">{labels.drop}</p>
        {/* Without JS the file goes with the step's form (`file-<type>`); with JS it uploads at once. */}
        <input
          id={inputId}
          name={hydrated ? undefined : `file-${documentType}`}
          type="file"
          accept="application/pdf,image/jpeg,image/png"
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) upload(file);
            event.target.value = "";
          }}
          className="mt-2 block min-h-11 w-full"
        />
      </div>
      {progress !== null ? (
        <progress max={100} value={progress} aria-label={message?.text ?? ""} className="w-full" />
      ) : null}
      <p role="status" className={message?.error ? "font-semibold text-danger" : "text-sm"}>
        {message?.text ?? ""}
      </p>
    </div>
  );
}

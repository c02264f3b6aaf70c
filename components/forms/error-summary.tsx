"use client";

import { useEffect, useId, useRef } from "react";

type Props = {
  title: string;
  formError?: string;
  errors: Record<string, string>;
  labels: Record<string, string>;
  idPrefix?: string;
  /** Takes focus when this changes (default: when the errors change); for forms that check as you type. */
  focusKey?: number;
};

/** Lists every problem with a link to its field, and takes focus so it is announced first. */
export function ErrorSummary({ title, formError, errors, labels, idPrefix = "field-", focusKey }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const entries = Object.entries(errors);
  const trigger = focusKey ?? errors;
  useEffect(() => {
    ref.current?.focus();
  }, [formError, trigger]);
  if (!formError && entries.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      className="rounded border-4 border-danger p-4"
    >
      <h2 id={titleId} className="text-xl">
        {title}
      </h2>
      {formError ? <p className="mt-2 font-semibold">{formError}</p> : null}
      {entries.length ? (
        <ul className="mt-2 list-disc space-y-1 pl-5">
          {entries.map(([field, message]) => (
            <li key={field}>
              <a href={`#${idPrefix}${field}`} className="font-semibold text-danger">
                {labels[field] ? `${labels[field]}: ` : ""}
                {message}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

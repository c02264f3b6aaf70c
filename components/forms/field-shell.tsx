import type { ReactNode } from "react";

type Props = {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: { "aria-describedby"?: string; "aria-invalid"?: true }) => ReactNode;
};

/**
 * A field's label, hint and error, tied to the control for screen readers; the control comes from
 * `children`.
 */
export function FieldShell({ id, label, hint, error, children }: Props) {
  const describedBy =
    [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="font-semibold text-danger">
          {error}
        </p>
      ) : null}
      {children({ "aria-describedby": describedBy, "aria-invalid": error ? true : undefined })}
    </div>
  );
}

import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldShell } from "./field-shell";

type Props = {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  defaultValue?: string;
  maxLength?: number;
  rows?: number;
  /** react-hook-form's registration (name, ref, handlers), when the form checks in the browser. */
  registration?: UseFormRegisterReturn;
};

/** A labelled multi-line text box, its hint and error tied to it. */
export function TextareaField({
  name,
  label,
  error,
  hint,
  defaultValue,
  maxLength,
  rows = 3,
  registration,
}: Props) {
  const id = `field-${name}`;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          maxLength={maxLength}
          {...aria}
          {...registration}
          className="block w-full max-w-xl rounded border-2 border-ink bg-white px-3 py-2 text-base"
        />
      )}
    </FieldShell>
  );
}

import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldShell } from "./field-shell";

type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  type?: "text" | "password" | "tel" | "date" | "datetime-local";
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "text";
  defaultValue?: string;
  maxLength?: number;
  /** The input's id (default field-<name>); forms shown side by side need their own. */
  id?: string;
  /** react-hook-form's registration (name, ref, handlers), when the form checks in the browser. */
  registration?: UseFormRegisterReturn;
};

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({
  name,
  label,
  hint,
  error,
  type = "text",
  autoComplete,
  inputMode,
  defaultValue,
  maxLength,
  id = `field-${name}`,
  registration,
}: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <input
          id={id}
          name={name}
          type={type}
          autoComplete={autoComplete}
          inputMode={inputMode}
          defaultValue={defaultValue}
          maxLength={maxLength}
          {...aria}
          {...registration}
          className="block min-h-11 w-full max-w-md rounded border-2 border-ink bg-white px-3 py-2 text-base"
        />
      )}
    </FieldShell>
  );
}

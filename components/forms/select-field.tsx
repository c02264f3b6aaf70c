import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldShell } from "./field-shell";

type Props = {
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  error?: string;
  hint?: string;
  defaultValue?: string;
  placeholder?: string;
  id?: string;
  /** react-hook-form's registration (name, ref, handlers), when the form checks in the browser. */
  registration?: UseFormRegisterReturn;
};

/** A labelled native select (the most accessible picker there is), its hint and error tied to it. */
export function SelectField({
  name,
  label,
  options,
  error,
  hint,
  defaultValue,
  placeholder,
  id = `field-${name}`,
  registration,
}: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        // Keyed by its default: after a failed post React resets the form, and a select keeps only its
        // first default.
        <select
          key={defaultValue ?? ""}
          id={id}
          name={name}
          defaultValue={defaultValue ?? ""}
          {...aria}
          {...registration}
          className="block min-h-11 w-full max-w-md rounded border-2 border-ink bg-white px-3 py-2 text-base"
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

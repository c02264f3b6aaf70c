import { FieldShell } from "./field-shell";

type Props = {
  name: string;
  label: string;
  error?: string;
  hint?: string;
  defaultValue?: string;
  maxLength?: number;
};

/** A labelled multi-line text box, its hint and error tied to it. */
export function TextareaField({ name, label, error, hint, defaultValue, maxLength }: Props) {
  const id = `field-${name}`;
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      {(aria) => (
        <textarea
          id={id}
          name={name}
          rows={3}
          defaultValue={defaultValue}
          maxLength={maxLength}
          {...aria}
          className="block w-full max-w-xl rounded border-2 border-ink bg-white px-3 py-2 text-base"
        />
      )}
    </FieldShell>
  );
}

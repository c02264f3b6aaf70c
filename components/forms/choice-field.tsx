import type { UseFormRegisterReturn } from "react-hook-form";

type Props = {
  name: string;
  label: string;
  options: Array<{ value: string; label: string }>;
  error?: string;
  defaultValue?: string | string[];
  kind?: "radio" | "checkbox";
  /** Shown under the legend (e.g. when the question applies). */
  hint?: string;
  /** react-hook-form's registration (name, ref, handlers), when the form checks in the browser. */
  registration?: UseFormRegisterReturn;
};

/** A radio group (or one checkbox) in a fieldset; the legend is its label, the error tied to it. */
export function ChoiceField({
  name,
  label,
  options,
  error,
  defaultValue,
  kind = "radio",
  hint,
  registration,
}: Props) {
  const errorId = `field-${name}-error`;
  const hintId = `field-${name}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset
      className={`space-y-2 ${error ? "border-l-4 border-danger pl-3" : ""}`}
      aria-describedby={describedBy}
    >
      <legend className="font-semibold">{label}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="font-semibold text-danger">
          {error}
        </p>
      ) : null}
      {options.map((option, index) => {
        const id = index === 0 ? `field-${name}` : `field-${name}-${index}`;
        return (
          <div key={option.value} className="flex items-start gap-3">
            <input
              id={id}
              type={kind}
              name={name}
              value={option.value}
              defaultChecked={
                Array.isArray(defaultValue)
                  ? defaultValue.includes(option.value)
                  : defaultValue === option.value
              }
              className="mt-1 size-6 shrink-0"
              {...registration}
            />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

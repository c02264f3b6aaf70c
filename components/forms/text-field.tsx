type Props = {
  name: string;
  label: string;
  hint?: string;
  error?: string;
  type?: "text" | "password" | "tel" | "date";
  autoComplete?: string;
  inputMode?: "numeric" | "tel" | "text";
  defaultValue?: string;
  maxLength?: number;
  /** The input's id (default field-<name>); forms shown side by side need their own. */
  id?: string;
};

/** A labelled input with its hint and error tied to it for screen readers. */
export function TextField({ name, label, hint, error, type = "text", autoComplete, inputMode, defaultValue, maxLength, id = `field-${name}` }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="font-semibold text-danger">{error}</p> : null}
      <input
        id={id}
        name={name}
        type={type}
        autoComplete={autoComplete}
        inputMode={inputMode}
        defaultValue={defaultValue}
        maxLength={maxLength}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        className="block min-h-11 w-full max-w-md rounded border-2 border-ink bg-white px-3 py-2 text-base"
      />
    </div>
  );
}

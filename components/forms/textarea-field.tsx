type Props = { name: string; label: string; error?: string; hint?: string; defaultValue?: string; maxLength?: number };

/** A labelled multi-line text box, its hint and error tied to it. */
export function TextareaField({ name, label, error, hint, defaultValue, maxLength }: Props) {
  const id = `field-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="font-semibold text-danger">{error}</p> : null}
      <textarea id={id} name={name} rows={3} defaultValue={defaultValue} maxLength={maxLength} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="block w-full max-w-xl rounded border-2 border-ink bg-white px-3 py-2 text-base" />
    </div>
  );
}

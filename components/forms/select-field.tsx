type Props = { name: string; label: string; options: Array<{ value: string; label: string }>; error?: string; hint?: string; defaultValue?: string; placeholder?: string; id?: string };

/** A labelled native select (the most accessible picker there is), its hint and error tied to it. */
export function SelectField({ name, label, options, error, hint, defaultValue, placeholder, id = `field-${name}` }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="block font-semibold">{label}</label>
      {hint ? <p id={`${id}-hint`} className="text-sm text-muted">{hint}</p> : null}
      {error ? <p id={`${id}-error`} className="font-semibold text-danger">{error}</p> : null}
      {/* Keyed by its default: after a failed post React resets the form, and a select keeps only its first default. */}
      <select key={defaultValue ?? ""} id={id} name={name} defaultValue={defaultValue ?? ""} aria-describedby={describedBy} aria-invalid={error ? true : undefined} className="block min-h-11 w-full max-w-md rounded border-2 border-ink bg-white px-3 py-2 text-base">
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => <option key={option.value} value={option.value}>{option.label}</option>)}
      </select>
    </div>
  );
}

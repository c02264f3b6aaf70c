type Option = { value: string; label: string };

/**
 * The choices beside a staff action, as plain form controls (they work without JavaScript): the
 * conclusion's outcome (radios) and the refusal grounds (checkboxes). Ids start with idPrefix so
 * that several forms share a page and the error summary can link to them.
 */
export function DecisionChoices({
  idPrefix,
  conclusion,
  grounds,
}: {
  idPrefix: string;
  conclusion?: { legend: string; options: Option[] };
  grounds?: { legend: string; options: Option[] };
}) {
  return (
    <>
      {conclusion ? <Choices idPrefix={idPrefix} name="conclusion" kind="radio" {...conclusion} /> : null}
      {grounds ? <Choices idPrefix={idPrefix} name="grounds" kind="checkbox" {...grounds} /> : null}
    </>
  );
}

function Choices({
  idPrefix,
  name,
  kind,
  legend,
  options,
}: {
  idPrefix: string;
  name: string;
  kind: "radio" | "checkbox";
  legend: string;
  options: Option[];
}) {
  return (
    <fieldset className="space-y-2">
      <legend className="font-semibold">{legend}</legend>
      {options.map((option, index) => {
        const id = index === 0 ? `${idPrefix}${name}` : `${idPrefix}${name}-${index}`;
        return (
          <div key={option.value} className="flex items-start gap-3">
            <input id={id} type={kind} name={name} value={option.value} className="mt-1 size-6 shrink-0" />
            <label htmlFor={id}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

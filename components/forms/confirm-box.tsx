/**
 * The required "I confirm" box of a destructive action: the server refuses the post without it, so
 * the confirmation works without JavaScript (the error is tied to the box).
 */
export function ConfirmBox({ id, label, error }: { id: string; label: string; error?: string }) {
  const errorId = `${id}-error`;
  return (
    <div className={`flex items-start gap-3 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <input
        id={id}
        type="checkbox"
        name="confirm"
        value="1"
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="mt-1 size-6 shrink-0"
      />
      <div>
        <label htmlFor={id} className="font-semibold">
          {label}
        </label>
        {error ? (
          <p id={errorId} className="font-semibold text-danger">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}

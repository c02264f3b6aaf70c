/** A request's refusal grounds as one entry of its summary list (cabinet and office pages). */
export function RefusalGroundsEntry({ label, grounds }: { label: string; grounds: string[] }) {
  if (grounds.length === 0) return null;
  return (
    <>
      <dt className="font-semibold">{label}</dt>
      <dd>
        <ul className="list-disc pl-5">
          {grounds.map((ground) => (
            <li key={ground}>{ground}</li>
          ))}
        </ul>
      </dd>
    </>
  );
}

import type { ReactNode } from "react";

/**
 * How to appeal (seed 002 §11: decisions, actions and inaction of the provider, the State Corporation
 * and their officials): to the provider's head, to the authorised body for the assessment and control of
 * the quality of public services, to the court. `action` is the link to file one, when there is a request.
 */
export function AppealInfo({
  labels,
  action,
}: {
  labels: { heading: string; intro: string; provider: string; authorised: string; court: string };
  action?: ReactNode;
}) {
  return (
    <section
      aria-labelledby="appeal-heading"
      className="space-y-2 rounded border-l-4 border-brand bg-surface p-3 sm:p-4"
    >
      <h2 id="appeal-heading" className="text-2xl">
        {labels.heading}
      </h2>
      <p>{labels.intro}</p>
      <ol className="list-decimal space-y-1 pl-5 sm:pl-6">
        <li>{labels.provider}</li>
        <li>{labels.authorised}</li>
        <li>{labels.court}</li>
      </ol>
      {action ? <p>{action}</p> : null}
    </section>
  );
}

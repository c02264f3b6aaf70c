/** The housing inspection of a request as the applicant sees it: scheduled (when, who), then done. */
export function InspectionVisit({ heading, text }: { heading: string; text: string }) {
  return (
    <section aria-labelledby="inspection-visit" className="space-y-2">
      <h2 id="inspection-visit" className="text-2xl">
        {heading}
      </h2>
      <p>{text}</p>
    </section>
  );
}

import { getFormatter, getTranslations } from "next-intl/server";
import type { VisitNextStep } from "@/lib/home-visits/next-steps";

/** "What happens next and by when" for a home-visit request, in the page's language and Almaty time. */
export async function VisitNextSteps({ steps }: { steps: VisitNextStep[] }) {
  if (!steps.length) return null;
  const [t, format] = await Promise.all([getTranslations("homeVisit.next"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "full", timeStyle: "short" });
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  const time = (date: Date) => format.dateTime(date, { timeStyle: "short" });
  const text = (step: VisitNextStep) => {
    switch (step.kind) {
      case "call":
        return t("call", { by: when(step.by) });
      case "visit":
        return t("visit", { from: when(step.from), to: when(step.to), latest: day(step.latest) });
      case "scheduled":
        return t("scheduled", { from: when(step.from), until: time(step.to) });
      default:
        return t(step.kind);
    }
  };
  return (
    <section
      aria-labelledby="visit-next"
      className="space-y-2 rounded border-l-4 border-brand bg-surface p-4"
    >
      <h2 id="visit-next" className="text-2xl">
        {t("title")}
      </h2>
      <ol className="list-decimal space-y-1 pl-5">
        {steps.map((step) => (
          <li key={step.kind}>{text(step)}</li>
        ))}
      </ol>
      <p>{t("notified")}</p>
    </section>
  );
}

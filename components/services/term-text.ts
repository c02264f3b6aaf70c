import { getTranslations } from "next-intl/server";
import type { Term } from "@/lib/calendar";

/**
 * "2 working days" / "15 calendar days" in the page's language, with the right plural forms; with
 * `upTo`, the limit form ("30 күнтізбелік күнге дейін", "до 30 календарных дней", "up to 30 …").
 */
export async function termText(term: Term, options: { upTo?: boolean } = {}): Promise<string> {
  const t = await getTranslations("catalogue");
  if (options.upTo)
    return term.unit === "working_days"
      ? t("workingDaysUpTo", { count: term.amount })
      : t("calendarDaysUpTo", { count: term.amount });
  return term.unit === "working_days"
    ? t("workingDays", { count: term.amount })
    : t("calendarDays", { count: term.amount });
}

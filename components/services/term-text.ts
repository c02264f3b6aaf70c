import { getTranslations } from "next-intl/server";
import type { Term } from "@/lib/calendar";

/** "2 working days" / "15 calendar days" in the page's language, with the right plural forms. */
export async function termText(term: Term): Promise<string> {
  const t = await getTranslations("catalogue");
  return term.unit === "working_days"
    ? t("workingDays", { count: term.amount })
    : t("calendarDays", { count: term.amount });
}

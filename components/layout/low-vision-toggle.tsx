import { getTranslations } from "next-intl/server";
import { toggleLowVision } from "@/lib/entry/actions/preferences";

export async function LowVisionToggle({ enabled }: { enabled: boolean }) {
  const t = await getTranslations("shell.lowVision");
  return (
    <form action={toggleLowVision}>
      <button
        type="submit"
        aria-pressed={enabled}
        className="min-h-11 rounded border-2 border-brand px-3 font-semibold text-brand hover:bg-surface"
      >
        {t("enable")}
      </button>
    </form>
  );
}

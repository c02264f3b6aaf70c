import { getTranslations } from "next-intl/server";
import { saveLowVisionSettings, toggleLowVision } from "@/lib/entry/actions/preferences";
import { colourSchemes, textSizes, type LowVisionSettings } from "@/lib/preferences/low-vision";

/**
 * The visually impaired mode: a button that says what it switches to ("Normal version" when on) and,
 * when on, the text size and colours in a disclosure. Plain form posts: no JavaScript needed.
 */
export async function LowVisionToggle({
  enabled,
  settings,
  idPrefix = "",
}: {
  enabled: boolean;
  settings: LowVisionSettings;
  /** The header renders it twice (the bar and the phone menu): the copies' ids differ. */
  idPrefix?: string;
}) {
  const t = await getTranslations("shell.lowVision");
  return (
    <div className="flex flex-wrap items-start gap-3">
      <form action={toggleLowVision}>
        <button
          type="submit"
          className="min-h-11 rounded border-2 border-brand px-3 font-semibold text-brand hover:bg-surface"
        >
          {enabled ? t("disable") : t("enable")}
        </button>
      </form>
      {enabled ? (
        <details className="rounded border-2 border-brand">
          <summary className="flex min-h-11 cursor-pointer items-center px-3 font-semibold text-brand">
            {t("settings")}
          </summary>
          <form action={saveLowVisionSettings} className="space-y-3 p-3">
            <fieldset className="space-y-1">
              <legend className="font-semibold">{t("textSize")}</legend>
              {textSizes.map((size) => (
                <div key={size} className="flex items-center gap-2">
                  <input
                    id={`${idPrefix}low-vision-size-${size}`}
                    type="radio"
                    name="size"
                    value={size}
                    defaultChecked={settings.size === size}
                    className="size-6"
                  />
                  <label htmlFor={`${idPrefix}low-vision-size-${size}`}>{t(`sizes.${size}`)}</label>
                </div>
              ))}
            </fieldset>
            <fieldset className="space-y-1">
              <legend className="font-semibold">{t("scheme")}</legend>
              {colourSchemes.map((scheme) => (
                <div key={scheme} className="flex items-center gap-2">
                  <input
                    id={`${idPrefix}low-vision-scheme-${scheme}`}
                    type="radio"
                    name="scheme"
                    value={scheme}
                    defaultChecked={settings.scheme === scheme}
                    className="size-6"
                  />
                  <label htmlFor={`${idPrefix}low-vision-scheme-${scheme}`}>{t(`schemes.${scheme}`)}</label>
                </div>
              ))}
            </fieldset>
            <button type="submit" className="min-h-11 rounded bg-brand px-4 font-semibold text-white">
              {t("save")}
            </button>
          </form>
        </details>
      ) : null}
    </div>
  );
}

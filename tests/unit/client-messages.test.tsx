import { useTranslations } from "next-intl";
import { renderToString } from "react-dom/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { IntlClientProvider } from "@/components/i18n/intl-client-provider";
import { CLIENT_MISSING_MESSAGE } from "@/lib/i18n/missing-message";

function Greeting() {
  const t = useTranslations("session");
  return (
    <p>
      {t("stay")} /{" "}
      {
        // @ts-expect-error: a key missing from the catalogue, on purpose
        t("absent")
      }
    </p>
  );
}

describe("the browser's message provider", () => {
  afterEach(() => vi.restoreAllMocks());

  it("shows a missing key as a marked key and reports it", () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const html = renderToString(
      <IntlClientProvider
        locale="kk"
        timeZone="Asia/Almaty"
        now={new Date("2026-11-26T05:00:00Z")}
        messages={{ session: { stay: "Жалғастыру" } }}
      >
        <Greeting />
      </IntlClientProvider>,
    );
    expect(html).toContain("Жалғастыру");
    expect(html).toContain("⟦session.absent⟧");
    expect(errors).toHaveBeenCalledWith(expect.stringContaining(CLIENT_MISSING_MESSAGE));
  });
});

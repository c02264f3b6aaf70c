"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { useDateText } from "@/components/i18n/date-text";
import { extendSessionAction, signOutAction } from "@/lib/entry/actions/auth";

const WARN_BEFORE_MS = 2 * 60 * 1000;

/**
 * Warns two minutes before the idle timeout in a modal dialog that takes focus, and lets the user
 * stay signed in (WCAG 2.2.1 Timing Adjustable). When time runs out, goes to the sign-in page.
 * The server sends time *remaining*, not a deadline, so a wrong clock on the device does not matter.
 */
export function SessionTimeout({
  idleRemainingMs,
  signInPath,
}: {
  idleRemainingMs: number;
  signInPath: string;
}) {
  const t = useTranslations("session");
  const [deadline, setDeadline] = useState<number | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const dates = useDateText();

  useEffect(() => {
    // The deadline is read from the device's clock once mounted (not during render, nor on the server).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDeadline(Date.now() + idleRemainingMs);
  }, [idleRemainingMs]);

  useEffect(() => {
    if (deadline === null) return;
    const warn = setTimeout(
      () => dialog.current?.showModal(),
      Math.max(deadline - Date.now() - WARN_BEFORE_MS, 0),
    );
    const end = setTimeout(() => window.location.assign(signInPath), Math.max(deadline - Date.now(), 0));
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [deadline, signInPath]);

  const stay = useCallback(async () => {
    const remaining = await extendSessionAction();
    if (remaining === null) return window.location.assign(signInPath);
    dialog.current?.close();
    setDeadline(Date.now() + remaining);
  }, [signInPath]);

  // The page's language and Asia/Almaty (24-hour), not the browser's settings.
  const time = deadline === null ? "" : dates.time(deadline);
  return (
    <dialog
      ref={dialog}
      aria-labelledby="session-warning-title"
      aria-describedby="session-warning-body"
      className="m-auto max-w-md rounded border-4 border-brand p-6 backdrop:bg-black/50"
    >
      <h2 id="session-warning-title" className="text-xl">
        {t("warningTitle")}
      </h2>
      <p id="session-warning-body" className="mt-2">
        {t("warningBody", { time })}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="button"
          autoFocus
          onClick={stay}
          className="min-h-11 rounded bg-brand px-4 font-semibold text-white"
        >
          {t("stay")}
        </button>
        <form action={signOutAction}>
          <button
            type="submit"
            className="min-h-11 rounded border-2 border-brand px-4 font-semibold text-brand"
          >
            {t("signOut")}
          </button>
        </form>
      </div>
    </dialog>
  );
}

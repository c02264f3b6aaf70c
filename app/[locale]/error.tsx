"use client";

import { useShellText } from "@/components/layout/shell-text";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const { errorPage: t } = useShellText();
  return (
    <div role="alert" className="space-y-3">
      <h1 className="text-2xl sm:text-3xl">{t.title}</h1>
      <p>{t.body}</p>
      <button
        type="button"
        onClick={reset}
        className="min-h-11 rounded bg-brand px-4 font-semibold text-white"
      >
        {t.retry}
      </button>
    </div>
  );
}

"use client";

import { createContext, useContext, type ReactNode } from "react";

/** The few texts the shell's client parts show on every page (the error boundary), as plain strings. */
export type ShellTexts = { errorPage: { title: string; body: string; retry: string } };

const Context = createContext<ShellTexts | null>(null);

/**
 * Plain strings from the server for the error boundary, which every page loads: no message formatter
 * (next-intl's is only on pages with ClientMessages).
 */
export function ShellText({ texts, children }: { texts: ShellTexts; children: ReactNode }) {
  return <Context.Provider value={texts}>{children}</Context.Provider>;
}

export function useShellText(): ShellTexts {
  const texts = useContext(Context);
  if (!texts) throw new Error("ShellText is missing above this component");
  return texts;
}

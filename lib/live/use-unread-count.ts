"use client";

import { useEffect, useState } from "react";
import { fetchUnreadNotifications } from "./fetchers";

export const LIVE_INTERVAL_MS = 10_000;

/**
 * The number of unread notifications: the server's count first (no request right after hydration),
 * then asked again every 10 s while the tab is visible and when it comes back into view. No query
 * library: the header, with this link, is on every page.
 */
export function useUnreadCount(initial: number): number {
  const [state, setState] = useState({ initial, count: initial });
  // A new count from the server (a refresh or a navigation) replaces the one fetched before.
  if (state.initial !== initial) setState({ initial, count: initial });
  useEffect(() => {
    let last = Date.now();
    let active = true;
    const refresh = async () => {
      last = Date.now();
      try {
        const count = (await fetchUnreadNotifications()).length;
        if (active) setState((current) => ({ ...current, count }));
      } catch {
        // Offline or signed out: the last count stays.
      }
    };
    const visible = () => document.visibilityState === "visible";
    const timer = setInterval(() => visible() && void refresh(), LIVE_INTERVAL_MS);
    const onReturn = () => visible() && Date.now() - last > 5_000 && void refresh();
    document.addEventListener("visibilitychange", onReturn);
    window.addEventListener("focus", onReturn);
    return () => {
      active = false;
      clearInterval(timer);
      document.removeEventListener("visibilitychange", onReturn);
      window.removeEventListener("focus", onReturn);
    };
  }, []);
  return state.count;
}

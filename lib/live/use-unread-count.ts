"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchUnreadNotifications } from "./fetchers";
import { notificationKeys } from "./query-keys";

export const LIVE_INTERVAL_MS = 10_000;

/** The number of unread notifications, refreshed in the background. */
export function useUnreadCount(initial: number): number {
  const query = useQuery({
    queryKey: notificationKeys.unread(),
    queryFn: fetchUnreadNotifications,
    refetchInterval: LIVE_INTERVAL_MS,
    select: (items) => items.length,
  });
  return query.data ?? initial;
}

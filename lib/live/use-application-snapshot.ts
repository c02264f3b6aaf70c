"use client";

import { useQuery } from "@tanstack/react-query";
import { fetchApplication } from "./fetchers";
import { applicationKeys } from "./query-keys";
import { LIVE_INTERVAL_MS } from "./use-unread-count";

/** A request's status and history length, refreshed in the background: a change means new events. */
export function useApplicationSignature(id: string): string | null {
  const query = useQuery({
    queryKey: applicationKeys.detail(id),
    queryFn: () => fetchApplication(id),
    refetchInterval: LIVE_INTERVAL_MS,
    select: (snapshot) => `${snapshot.status}:${snapshot.history.length}`,
  });
  return query.data ?? null;
}

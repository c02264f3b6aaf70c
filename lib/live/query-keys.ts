/** TanStack Query key factories for the cabinet's live data. */
export const notificationKeys = {
  all: ["notifications"] as const,
  unread: () => [...notificationKeys.all, "unread"] as const,
};

export const applicationKeys = {
  all: ["applications"] as const,
  detail: (id: string) => [...applicationKeys.all, id] as const,
};

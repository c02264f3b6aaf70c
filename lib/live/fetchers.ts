/** Typed fetchers for the live cabinet (same-origin JSON API; the session cookie goes along). */
export type UnreadNotification = { id: string; title: string; createdAt: string };
export type ApplicationSnapshot = {
  status: string;
  dueAt: string | null;
  history: Array<{ at: string; status: string }>;
};

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" }, cache: "no-store" });
  if (!response.ok) throw new Error(`${response.status}`);
  return (await response.json()) as T;
}

export const fetchUnreadNotifications = () =>
  getJson<UnreadNotification[]>("/api/v1/notifications?unread=true");
export const fetchApplication = (id: string) =>
  getJson<ApplicationSnapshot>(`/api/v1/applications/${encodeURIComponent(id)}`);

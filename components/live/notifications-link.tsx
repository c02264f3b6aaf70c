"use client";

import { useUnreadCount } from "@/lib/live/use-unread-count";

/** The header's notifications link; the count follows new notifications without a reload. */
export function NotificationsLink({
  href,
  template,
  initial,
  className,
}: {
  href: string;
  template: string;
  initial: number;
  className?: string;
}) {
  const count = useUnreadCount(initial);
  return (
    <a href={href} className={className}>
      {template.replace("{count}", String(count))}
    </a>
  );
}

"use client";

import { useEffect } from "react";

/**
 * Moves focus to the page's heading when a step of a flow arrives and focus would otherwise be lost
 * (the button that was pressed is gone), so screen readers start on the new step's heading.
 */
export function FocusOnArrival({ targetId }: { targetId: string }) {
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body) document.getElementById(targetId)?.focus();
  }, [targetId]);
  return null;
}

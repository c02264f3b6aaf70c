"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useApplicationSignature } from "@/lib/live/use-application-snapshot";

/**
 * Keeps a request page current: when its status or history changes on the server, the page's server
 * components are re-rendered in place (no reload), and the change is announced politely.
 */
export function RequestRefresher({ id, announcement }: { id: string; announcement: string }) {
  const router = useRouter();
  const signature = useApplicationSignature(id);
  const first = useRef<string | null>(null);
  const [message, setMessage] = useState("");
  useEffect(() => {
    if (!signature) return;
    if (first.current === null) first.current = signature;
    else if (first.current !== signature) {
      first.current = signature;
      setMessage(announcement);
      router.refresh();
    }
  }, [signature, announcement, router]);
  return (
    <p role="status" className="sr-only">
      {message}
    </p>
  );
}

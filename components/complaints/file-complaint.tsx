"use client";

import { useRef } from "react";
import { SignWithEds } from "@/components/eds/sign-with-eds";
import { complaintPayloadAction, fileComplaintAction } from "@/lib/entry/actions/complaints";

/** Sign the draft complaint in the EDS dialog and file it once (the key makes retries idempotent). */
export function FileComplaint({
  complaintId,
  iin,
  labels,
}: {
  complaintId: string;
  iin: string;
  labels: { submit: string; submitting: string };
}) {
  const idempotencyKey = useRef(crypto.randomUUID());
  return (
    <SignWithEds
      payload={() => complaintPayloadAction(complaintId)}
      submit={(cms) => fileComplaintAction(complaintId, cms, idempotencyKey.current)}
      iin={iin}
      labels={labels}
    />
  );
}

"use client";

import { useRef } from "react";
import { SignWithEds } from "@/components/eds/sign-with-eds";
import type { SignHelp } from "@/components/eds/eds-sign-dialog";
import { signingPayloadAction, submitAction } from "@/lib/entry/actions/applications";

/** Sign the canonical request in the EDS dialog and submit it once (the key makes retries idempotent). */
export function SubmitWithEds({
  applicationId,
  iin,
  labels,
  help,
}: {
  applicationId: string;
  iin: string;
  labels: { submit: string; submitting: string };
  help?: SignHelp;
}) {
  const idempotencyKey = useRef(crypto.randomUUID());
  return (
    <SignWithEds
      payload={() => signingPayloadAction(applicationId)}
      submit={(cms) => submitAction(applicationId, cms, idempotencyKey.current)}
      iin={iin}
      labels={labels}
      help={help}
    />
  );
}

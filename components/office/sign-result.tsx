"use client";

import { SignWithEds } from "@/components/eds/sign-with-eds";
import { resultPayloadAction, signResultAction } from "@/lib/entry/actions/sign-result";

/** The head signs the prepared result document with their staff EDS key. */
export function SignResult({
  applicationId,
  version,
  iin,
  labels,
}: {
  applicationId: string;
  version: number;
  iin: string;
  labels: { submit: string; submitting: string };
}) {
  return (
    <SignWithEds
      payload={() => resultPayloadAction(applicationId)}
      submit={(cms) => signResultAction(applicationId, version, cms)}
      iin={iin}
      labels={labels}
    />
  );
}

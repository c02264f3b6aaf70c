import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { ActionForm, type FieldConfig } from "@/components/forms/action-form";
import { identityFields } from "@/components/forms/identity-fields";
import { PageHeading } from "@/components/layout/page-heading";
import type { FormState } from "@/lib/forms/form-state";
import { env } from "@/lib/env";
import { Link } from "@/lib/entry/i18n/navigation";
import { paths } from "@/lib/entry/routes";

/**
 * The one "enter the code we sent by SMS" page: registration and password reset (and any later step
 * that confirms with a one-time code). `more` adds fields after the code, e.g. the new password.
 */
export async function ConfirmCode({
  confirmationId,
  title,
  action,
  more = [],
  submitLabel,
  startAgainHref,
  lead,
  children,
  hidden = {},
}: {
  confirmationId: string;
  title: string;
  /** The lead under the heading (default: the registration and reset wording). */
  lead?: string;
  /** More controls in the form after the fields, e.g. "remember this device". */
  children?: ReactNode;
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  more?: FieldConfig[];
  submitLabel: string;
  startAgainHref: string;
  /** More hidden fields, e.g. where to return after signing in. */
  hidden?: Record<string, string>;
}) {
  const [t, fields] = await Promise.all([getTranslations(), identityFields()]);
  return (
    <div className="max-w-xl space-y-6">
      <PageHeading title={title} lead={lead ?? t("auth.confirmLead")} />
      <ActionForm
        action={action}
        hidden={{ ...hidden, confirmationId }}
        fields={[fields.code, ...more]}
        submitLabel={submitLabel}
        summaryTitle={t("errors.summaryTitle")}
      >
        {children}
      </ActionForm>
      <ul className="space-y-2">
        <li>
          <Link href={startAgainHref}>{t("auth.startAgain")}</Link>
        </li>
        {env.DEMO_MODE ? (
          <li>
            <Link href={paths.demoSms()}>{t("auth.demoSms")}</Link>
          </li>
        ) : null}
      </ul>
    </div>
  );
}

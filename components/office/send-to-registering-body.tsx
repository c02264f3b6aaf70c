import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { SelectField } from "@/components/forms/select-field";
import type { FormState } from "@/lib/forms/form-state";

type Action = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Step 5 of restoration (seed 001 §5): the executor sends the approved conclusion to the civil registry
 * office where the lost record was kept, suggested from the form's place of registration.
 */
export async function SendToRegisteringBody({
  action,
  version,
  bodies,
  suggested,
}: {
  action: Action;
  version: number;
  bodies: Array<{ id: string; name: string }>;
  suggested: string | null;
}) {
  const t = await getTranslations();
  return (
    <ActionForm
      action={action}
      hidden={{ version: String(version) }}
      idPrefix="sendToRegisteringBody-"
      fields={[]}
      submitLabel={t("office.actions.sendToRegisteringBody")}
      summaryTitle={t("errors.summaryTitle")}
    >
      <SelectField
        id="sendToRegisteringBody-registeringBodyId"
        name="registeringBodyId"
        label={t("office.registeringBody")}
        hint={t("office.registeringBodyHint")}
        options={bodies.map((body) => ({ value: body.id, label: body.name }))}
        placeholder={t("homeVisit.form.choose")}
        defaultValue={suggested ?? undefined}
      />
    </ActionForm>
  );
}

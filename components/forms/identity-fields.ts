import { getTranslations } from "next-intl/server";
import type { FieldConfig } from "./action-form";

/** Translated configs for the identity fields, shared by every identity form. */
export async function identityFields() {
  const t = await getTranslations("forms");
  return {
    iin: {
      name: "iin",
      label: t("iin"),
      hint: t("iinHint"),
      inputMode: "numeric",
      autoComplete: "username",
      maxLength: 14,
    },
    phone: {
      name: "phone",
      label: t("phone"),
      hint: t("phoneHint"),
      type: "tel",
      inputMode: "tel",
      autoComplete: "tel",
    },
    password: { name: "password", label: t("password"), type: "password", autoComplete: "current-password" },
    newPassword: {
      name: "password",
      label: t("password"),
      hint: t("passwordHint"),
      type: "password",
      autoComplete: "new-password",
    },
    code: {
      name: "code",
      label: t("code"),
      hint: t("codeHint"),
      inputMode: "numeric",
      autoComplete: "one-time-code",
      maxLength: 6,
    },
    currentPassword: {
      name: "currentPassword",
      label: t("currentPassword"),
      type: "password",
      autoComplete: "current-password",
    },
    changedPassword: {
      name: "newPassword",
      label: t("newPassword"),
      hint: t("passwordHint"),
      type: "password",
      autoComplete: "new-password",
    },
  } satisfies Record<string, FieldConfig>;
}

import { getTranslations } from "next-intl/server";
import { AppError } from "@/lib/errors";

/**
 * One line for a coded error in the request's language (field errors joined after "check the information").
 */
export async function appErrorMessage(error: AppError): Promise<string> {
  const t = await getTranslations("errors");
  const fields = Object.values(error.fieldErrors).map((key) => t(key as never));
  return fields.length
    ? `${t("codes.validation")}: ${[...new Set(fields)].join("; ")}`
    : t(`codes.${error.code}` as never);
}

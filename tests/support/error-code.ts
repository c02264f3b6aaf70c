import { AppError } from "@/lib/errors";

/** "ok", or the AppError's code (with its field errors when `withFields`): what a call ended in. */
export async function errorCode(promise: Promise<unknown>, withFields = false): Promise<string> {
  try {
    await promise;
    return "ok";
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return withFields && Object.keys(error.fieldErrors).length
      ? `${error.code}:${JSON.stringify(error.fieldErrors)}`
      : error.code;
  }
}

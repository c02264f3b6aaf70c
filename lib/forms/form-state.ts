/** What a server action answers a form with. Messages are already translated on the server. */
export type FormState = {
  status: "idle" | "error" | "success";
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string;
  message?: string;
  data?: Record<string, string>;
};

export const initialFormState: FormState = { status: "idle", values: {}, errors: {} };

"use client";

import {
  startTransition,
  useActionState,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type FormEvent,
} from "react";
import { useTranslations } from "next-intl";
import { useForm, type FieldValues, type Resolver } from "react-hook-form";
import { initialFormState, type FormState } from "@/lib/forms/form-state";

const subscribeNever = () => () => {};

/** False on the server and while hydrating, true once the page's JavaScript runs. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNever,
    () => true,
    () => false,
  );
}

/** A message key the schemas give (`field.required`, `iin.checksum`); anything else reads as generic. */
const isKey = (message: string | undefined) => /^[a-zA-Z]+\.[a-zA-Z]+$/.test(message ?? "");

/**
 * A form posted to a server action and checked in the browser first (react-hook-form with the server's
 * schema): a field's error shows when the user leaves it, and a submit with errors lists them in the
 * summary, which takes focus, without a round trip. A valid form posts the same FormData the browser
 * would post without JavaScript, and the server's answer (its errors) still wins.
 */
export function useCheckedForm(options: {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  resolver: Resolver<FieldValues>;
  /** The fields in page order (the summary lists them so). */
  names: string[];
}) {
  const [state, formAction, pending] = useActionState(options.action, initialFormState);
  const t = useTranslations("errors");
  const formRef = useRef<HTMLFormElement>(null);
  const { resolver: check, names } = options;
  // The answers are read from the form itself, as the server reads the post (a value set by a script or
  // the browser without an input event counts too); react-hook-form's values only decide what is shown.
  const resolver = useMemo(
    (): Resolver<FieldValues> => (values, context, resolverOptions) =>
      check(formRef.current ? readForm(formRef.current, names) : values, context, resolverOptions),
    [check, names],
  );
  // No default values: each field's starting value is read from the page when it is registered, so
  // nothing typed before the page's JavaScript ran is overwritten (the server rendered the defaults).
  // The summary takes focus after a refused submit, not the first field (shouldFocusError).
  const form = useForm<FieldValues>({ mode: "onTouched", resolver, shouldFocusError: false });
  const { errors, submitCount } = form.formState;
  // The server's field errors stay until the field is changed; each answer of the server moves focus
  // to the summary.
  const [round, setRound] = useState({ state, changed: [] as string[], focus: 0 });
  if (round.state !== state) setRound({ state, changed: [], focus: round.focus + 1 });
  const serverError = (name: string) =>
    round.state === state && round.changed.includes(name) ? undefined : state.errors[name];
  const errorOf = (name: string): string | undefined => {
    const error = errors[name];
    if (error) return t((isKey(error.message as string) ? error.message : "codes.validation") as never);
    return serverError(name);
  };
  const register = (name: string) => {
    const registration = form.register(name);
    return {
      ...registration,
      onChange: (event: { target: unknown; type?: unknown }) => {
        setRound((current) =>
          current.changed.includes(name) ? current : { ...current, changed: [...current.changed, name] },
        );
        return registration.onChange(event);
      },
      // Leaving a field for this form's submit button: the submit checks every field. An error shown
      // on this blur would move the button before the click ends, and the click would be lost.
      onBlur: (event: { target: unknown; type?: unknown; relatedTarget?: unknown }) => {
        const next = event.relatedTarget;
        if (next instanceof HTMLButtonElement && next.type === "submit" && next.form === formRef.current)
          return Promise.resolve();
        return registration.onBlur(event);
      },
    };
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const element = event.currentTarget;
    void form.handleSubmit(() => startTransition(() => formAction(new FormData(element))))(event);
  };
  const summaryErrors = Object.fromEntries(
    [...new Set([...names, ...Object.keys(state.errors)])].flatMap((name) => {
      const message = errorOf(name);
      return message ? [[name, message]] : [];
    }),
  );
  return {
    /** The <form>'s ref: the checks read the answers from it. */
    formRef,
    state,
    /** The form's action: what the browser posts to without JavaScript. */
    formAction,
    pending,
    form,
    register,
    errorOf,
    onSubmit,
    /** After a submit (checked here or answered by the server) the summary lists the errors. */
    summaryErrors: submitCount > 0 || state !== initialFormState ? summaryErrors : {},
    // Each submit (its errors come in the same update) and each answer of the server.
    focusKey: submitCount + round.focus,
  };
}

/** The named fields' values as posted: every value of each name (none for an unticked box). */
function readForm(element: HTMLFormElement, names: string[]): FieldValues {
  const data = new FormData(element);
  return Object.fromEntries(names.map((name) => [name, data.getAll(name).map(String)]));
}

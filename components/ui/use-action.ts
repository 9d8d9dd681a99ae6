"use client";
import { startTransition, useActionState, useEffect, useRef } from "react";
import type { ZodType } from "zod";
import { fromZodError, type ActionInput, type ActionResult, type ServerAction } from "@/lib/action-result";

type State<T> = { result: ActionResult<T> | null; values: Record<string, string>; submission: number };

const UNREACHABLE = "The server could not be reached. Nothing was saved; please try again.";

function textValues(input: ActionInput): Record<string, string> {
  const values: Record<string, string> = {};
  const entries = input instanceof FormData ? [...input.entries()] : Object.entries(input);
  for (const [key, value] of entries) if (typeof value === "string") values[key] = value;
  return values;
}

/**
 * The one way a component calls a server action (every action has the signature of lib/action.ts).
 * - `formAction` for `<form action>`, `submit(input, onDone?)` for buttons and widgets that send objects.
 * - Checks the same zod schema the action uses before sending (`schema`), so most mistakes show at once; the
 *   server checks again.
 * - Keeps what was typed after a refusal (React resets uncontrolled forms after an action: use `submission` as
 *   the form's key and `value(name, stored)` as defaults), and moves focus to the first field with an error so
 *   that keyboard and screen-reader users land on it.
 * - A lost connection becomes an ordinary refusal with a message, never an error page.
 */
export function useAction<T>(action: ServerAction<T>, opts: { schema?: ZodType; onSuccess?: (data: T) => void } = {}) {
  const formRef = useRef<HTMLFormElement>(null);
  // Submissions are numbered in the order they are sent, which is the order useActionState runs them.
  const sent = useRef(0);
  const callbacks = useRef(new Map<number, (r: ActionResult<T>) => void>());
  const [state, dispatch, pending] = useActionState<State<T>, ActionInput>(
    async (prev, input) => {
      const values = textValues(input);
      const submission = prev.submission + 1;
      if (opts.schema) {
        const parsed = opts.schema.safeParse(values);
        if (!parsed.success) return { result: fromZodError(parsed.error), values, submission };
      }
      let result: ActionResult<T>;
      try {
        result = await action(input);
      } catch {
        result = { ok: false, code: "internal", message: UNREACHABLE };
      }
      return { result, values, submission };
    },
    { result: null, values: {}, submission: 0 },
  );

  const { onSuccess } = opts;
  useEffect(() => {
    const { result, submission } = state;
    if (!result) return;
    if (result.ok) onSuccess?.(result.data);
    else formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    callbacks.current.get(submission)?.(result);
    callbacks.current.delete(submission);
    // Runs once per submission; onSuccess is usually a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.submission]);

  const failed = state.result && !state.result.ok ? state.result : null;
  return {
    formRef,
    formAction(formData: FormData) {
      sent.current += 1;
      dispatch(formData);
    },
    /** Sends `input` outside a form post; `onDone` gets this submission's result. */
    submit(input: ActionInput, onDone?: (r: ActionResult<T>) => void) {
      sent.current += 1;
      if (onDone) callbacks.current.set(sent.current, onDone);
      startTransition(() => dispatch(input));
    },
    pending,
    result: state.result,
    fieldErrors: failed?.fieldErrors ?? {},
    /** Errors for one field, for <Field errors>. */
    errors: (name: string) => failed?.fieldErrors?.[name],
    /** What was typed when the last submission was refused, else the fallback (the stored value). */
    value: (name: string, fallback = "") => (failed ? (state.values[name] ?? "") : fallback),
    /** Changes after every submission: use as a key so refused values are shown again. */
    submission: state.submission,
  };
}

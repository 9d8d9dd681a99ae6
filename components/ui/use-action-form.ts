"use client";
import { useActionState, useEffect, useRef } from "react";
import type { ZodType } from "zod";
import { fromZodError, type ActionResult } from "@/lib/action-result";

type FormState<T> = { result: ActionResult<T> | null; values: Record<string, string>; submission: number };

/**
 * Wires a form to a server action that takes FormData and returns an ActionResult.
 * - Checks the same zod schema the action uses before sending, so most mistakes show at once (the server checks again).
 * - Keeps what was typed after a refusal (React resets uncontrolled forms after an action), and moves focus to the
 *   first field with an error so that keyboard and screen-reader users land on it.
 */
export function useActionForm<T>(
  action: (formData: FormData) => Promise<ActionResult<T>>,
  opts: { schema?: ZodType; onSuccess?: (data: T) => void } = {},
) {
  const formRef = useRef<HTMLFormElement>(null);
  const [state, formAction, pending] = useActionState<FormState<T>, FormData>(
    async (prev, formData) => {
      const values: Record<string, string> = {};
      for (const [key, value] of formData) if (typeof value === "string") values[key] = value;
      const submission = prev.submission + 1;
      if (opts.schema) {
        const parsed = opts.schema.safeParse(values);
        if (!parsed.success) return { result: fromZodError(parsed.error), values, submission };
      }
      return { result: await action(formData), values, submission };
    },
    { result: null, values: {}, submission: 0 },
  );

  const { onSuccess } = opts;
  useEffect(() => {
    if (!state.result) return;
    if (state.result.ok) onSuccess?.(state.result.data);
    else formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
    // Runs once per submission; onSuccess is usually a fresh closure each render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.submission]);

  const failed = state.result && !state.result.ok ? state.result : null;
  return {
    formRef,
    formAction,
    pending,
    result: state.result,
    /** Errors for one field, for <Field errors>. */
    errors: (name: string) => failed?.fieldErrors?.[name],
    /** What was typed when the last submission was refused, else the fallback (the stored value). */
    value: (name: string, fallback = "") => (failed ? (state.values[name] ?? "") : fallback),
    /** Changes after every submission: use as a key so refused values are shown again. */
    submission: state.submission,
  };
}

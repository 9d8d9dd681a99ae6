"use client";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";

/**
 * Submits a form to a server action without React's automatic form reset, so that a refused save (invalid,
 * stale) leaves every typed value in place. Returns the last result for messages and field errors.
 */
export function useActionForm<T>(action: (input: unknown) => Promise<ActionResult<T>>) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  function submit(input: unknown, onDone?: (r: ActionResult<T>) => void) {
    startTransition(async () => {
      let r: ActionResult<T>;
      try {
        r = await action(input);
      } catch {
        r = { ok: false, code: "internal", message: "The server could not be reached. Nothing was saved; please try again." };
      }
      setResult(r);
      onDone?.(r);
    });
  }
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return { result, pending, submit, fieldErrors, setResult };
}

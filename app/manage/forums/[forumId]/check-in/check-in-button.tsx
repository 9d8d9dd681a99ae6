"use client";
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { checkInAction } from "@/lib/registrations/actions";
import type { ActionResult } from "@/lib/action-result";
import type { CheckInResult } from "@/lib/registrations/mutations";
import { Button } from "@/components/ui/button";
import { CheckInResultPanel } from "./check-in-result";

export function CheckInButton({ forumId, registrationId, name, timeZone }: { forumId: string; registrationId: string; name: string; timeZone: string }) {
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<ActionResult<CheckInResult> | null>(null);
  const router = useRouter();
  if (result) return <CheckInResultPanel result={result} timeZone={timeZone} />;
  return (
    <Button
      disabled={pending}
      aria-label={`Check in ${name}`}
      onClick={() =>
        startTransition(async () => {
          setResult(await checkInAction({ forumId, registrationId }));
          router.refresh();
        })
      }
    >
      {pending ? "Checking in…" : "Check in"}
    </Button>
  );
}

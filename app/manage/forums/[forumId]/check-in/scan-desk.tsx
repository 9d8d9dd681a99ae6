"use client";
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { useRouter } from "next/navigation";
import { checkInAction } from "@/lib/registrations/actions";
import type { ActionResult } from "@/lib/action-result";
import type { CheckInResult } from "@/lib/registrations/mutations";
import { Button } from "@/components/ui/button";
import { CheckInResultPanel } from "./check-in-result";

const noSubscribe = () => () => {};

type Detector = { detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]> };
type DetectorCtor = new (opts: { formats: string[] }) => Detector;

/**
 * A USB or phone scanner "types" the code followed by Enter into the focused field, so the field keeps focus
 * after each scan. Where the browser has the BarcodeDetector API, the device camera can scan too.
 */
export function ScanDesk({ forumId, timeZone }: { forumId: string; timeZone: string }) {
  const [result, setResult] = useState<ActionResult<CheckInResult> | null>(null);
  const [pending, startTransition] = useTransition();
  const [cameraOn, setCameraOn] = useState(false);
  const [cameraError, setCameraError] = useState<string | null>(null);
  // False on the server and in browsers without the API; no subscription needed, the answer never changes.
  const hasDetector = useSyncExternalStore(noSubscribe, () => "BarcodeDetector" in window, () => false);
  const inputRef = useRef<HTMLInputElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const lastScan = useRef<{ code: string; at: number }>({ code: "", at: 0 });
  const router = useRouter();

  const submit = useCallback(
    (code: string) => {
      if (!code.trim()) return;
      // Cleared at once so that the next scan types into an empty field while this one is being recorded.
      if (inputRef.current) {
        inputRef.current.value = "";
        inputRef.current.focus();
      }
      startTransition(async () => {
        setResult(await checkInAction({ forumId, code }));
        router.refresh();
      });
    },
    [forumId, router],
  );

  useEffect(() => {
    if (!cameraOn) return;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setInterval> | undefined;
    const Ctor = (window as unknown as { BarcodeDetector?: DetectorCtor }).BarcodeDetector;
    (async () => {
      try {
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" } });
        const video = videoRef.current;
        if (!video || !Ctor) return;
        video.srcObject = stream;
        await video.play();
        const detector = new Ctor({ formats: ["qr_code"] });
        timer = setInterval(async () => {
          const codes = await detector.detect(video).catch(() => []);
          const value = codes[0]?.rawValue;
          // The camera sees the same badge many times a second; act on it once every few seconds.
          if (value && (value !== lastScan.current.code || Date.now() - lastScan.current.at > 4000)) {
            lastScan.current = { code: value, at: Date.now() };
            submit(value);
          }
        }, 400);
      } catch {
        setCameraError("The camera could not be started. Allow camera access, or use a scanner or the code field.");
        setCameraOn(false);
      }
    })();
    return () => {
      if (timer) clearInterval(timer);
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [cameraOn, submit]);

  return (
    <section aria-labelledby="scan-heading" className="rounded border border-brand bg-white p-4">
      <h3 id="scan-heading" className="mb-2 font-semibold">
        Scan or type a check-in code
      </h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit(inputRef.current?.value ?? "");
        }}
        className="flex flex-wrap items-end gap-3"
      >
        <div className="min-w-0 flex-1">
          <label htmlFor="check-in-code" className="block text-sm font-medium">
            Check-in code
          </label>
          <input
            ref={inputRef}
            id="check-in-code"
            name="code"
            autoFocus
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={200}
            placeholder="e.g. 7KQ2-M9XD-4RTA"
            className="mt-1 block w-full rounded border border-gray-400 px-3 py-3 font-mono text-lg tracking-wider"
          />
        </div>
        {/* Never disabled: a scanner's Enter must always submit, even while the previous scan is being recorded. */}
        <Button type="submit" className="py-3">
          {pending ? "Checking…" : "Check in"}
        </Button>
        {hasDetector ? (
          <Button variant="secondary" onClick={() => setCameraOn((on) => !on)} className="py-3" aria-pressed={cameraOn}>
            {cameraOn ? "Stop camera" : "Use camera"}
          </Button>
        ) : null}
      </form>
      {cameraError ? <p className="mt-2 text-sm text-danger">{cameraError}</p> : null}
      {cameraOn ? <video ref={videoRef} className="mt-3 w-full max-w-sm rounded border border-line" muted playsInline aria-label="Camera view for scanning" /> : null}
      <div className="mt-4" aria-live="assertive">
        {result ? <CheckInResultPanel result={result} timeZone={timeZone} /> : null}
      </div>
    </section>
  );
}

import { NoticePage } from "@/components/ui/notice-page";

/** One page for every bad link (unknown, tampered, expired, erased), so that it reveals nothing about which. */
export function LinkNotValid() {
  return (
    <NoticePage title="This link is not valid">
      <p className="mt-3 text-ink">
        The link may have expired, or it may have been copied incompletely. Please open it again from the most recent
        e-mail we sent you.
      </p>
      <p className="mt-3 text-muted">
        If you registered more than 48 hours ago and never confirmed your e-mail, your registration has expired: you can
        register again from the forum&apos;s page while registration is open.
      </p>
    </NoticePage>
  );
}

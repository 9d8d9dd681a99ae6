import { NoticePage } from "@/components/ui/notice-page";

export default function NotFound() {
  return (
    <NoticePage title="Page not found">
      <p className="mt-3 text-muted">
        The page may have moved, or it may not be available to you. If you followed a link from an e-mail, check that
        it is complete, or sign in if you have an account.
      </p>
    </NoticePage>
  );
}

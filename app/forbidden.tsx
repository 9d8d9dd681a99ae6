import { NoticePage } from "@/components/ui/notice-page";

export default function Forbidden() {
  return (
    <NoticePage title="Organisers only">
      <p className="mt-3 text-muted">
        This part of Balai is for forum organisers. Your account does not have that role. If you think it should,
        ask the forum&apos;s organisers.
      </p>
    </NoticePage>
  );
}

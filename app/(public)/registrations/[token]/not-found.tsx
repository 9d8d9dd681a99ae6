import { LinkNotValid } from "@/app/(public)/registrations/link-not-valid";

export default function NotFound() {
  return <LinkNotValid />;
}

import type { Metadata } from "next";
import Link from "next/link";
import { authorizePage } from "@/lib/auth/page-guards";
import { ForumForm } from "../_components/forum-form";
import { timeZoneOptions } from "../_components/zones";

export const metadata: Metadata = { title: "New forum" };

export default async function NewForumPage() {
  await authorizePage("forums.manage");
  const { zones, zoneLabels } = timeZoneOptions();
  return (
    <div>
      <p className="text-sm">
        <Link href="/manage/forums" className="text-brand underline underline-offset-2">
          Forums and agendas
        </Link>
      </p>
      <h1 className="mb-1 mt-1 font-serif text-3xl font-semibold">New forum</h1>
      <p className="mb-5 text-muted">Start with the essentials; you add rooms, tracks and sessions once the forum exists. A new forum stays a draft until you publish it.</p>
      <ForumForm
        mode="create"
        zones={zones}
        zoneLabels={zoneLabels}
        values={{
          name: "",
          slug: "",
          description: "",
          venue: "",
          city: "",
          country: "",
          timeZone: "Asia/Makassar",
          startsOn: "",
          endsOn: "",
          status: "draft",
          capacity: "",
          organisationCap: "",
          registrationOpensOn: "",
          registrationOpensAt: "",
          registrationClosesOn: "",
          registrationClosesAt: "",
        }}
      />
    </div>
  );
}

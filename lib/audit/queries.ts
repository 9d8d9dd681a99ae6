import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;

export const auditFilterSchema = z.object({
  action: z.string().trim().max(80).regex(/^[\w.-]*$/).catch(""),
  targetType: z.string().trim().max(80).regex(/^[\w.-]*$/).catch(""),
  actorId: z.string().trim().max(64).regex(/^[\w-]*$/).catch(""),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** One page of the audit log, newest first. */
export async function listAuditEvents(filter: Partial<AuditFilter> = {}) {
  const page = filter.page ?? 1;
  const where: Prisma.AuditEventWhereInput = {
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.targetType ? { targetType: filter.targetType } : {}),
    ...(filter.actorId ? { actorId: filter.actorId } : {}),
  };
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({
      where,
      select: {
        id: true,
        action: true,
        targetType: true,
        targetId: true,
        data: true,
        at: true,
        actorId: true,
        actor: { select: { id: true, name: true, email: true, role: true } },
      },
      // id breaks ties between events written in the same millisecond (one transaction can write several).
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
    }),
  ]);
  return { total, page, pageSize: AUDIT_PAGE_SIZE, events };
}

export type AuditEventRow = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];

/** The values the filters offer: actions and target types in use, and everyone who has written something. */
export async function listAuditFilterOptions() {
  const [actions, targetTypes, actors] = await Promise.all([
    // groupBy runs as GROUP BY in the database; findMany's `distinct` would load every row first.
    db.auditEvent.groupBy({ by: ["action"], orderBy: { action: "asc" } }),
    db.auditEvent.groupBy({ by: ["targetType"], orderBy: { targetType: "asc" } }),
    db.user.findMany({ where: { auditEvents: { some: {} } }, select: { id: true, name: true, email: true }, orderBy: { email: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), targetTypes: targetTypes.map((t) => t.targetType), actors };
}

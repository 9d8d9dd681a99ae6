import { dayInZone, formatDay, timeInZone, zoneLabel } from "@/lib/time";

/** "09:00–10:30 WITA, UTC+8", with a second label when the end falls on the other side of a clock change. */
export function TimeRange({ startsAt, endsAt, zone, withDay = false }: { startsAt: Date; endsAt: Date; zone: string; withDay?: boolean }) {
  const startLabel = zoneLabel(startsAt, zone);
  const endLabel = zoneLabel(endsAt, zone);
  const startDay = dayInZone(startsAt, zone);
  const endDay = dayInZone(endsAt, zone);
  return (
    <span>
      {withDay ? `${formatDay(startDay)}, ` : null}
      <time dateTime={startsAt.toISOString()}>{timeInZone(startsAt, zone)}</time>
      {startLabel !== endLabel ? ` ${startLabel}` : null}–
      <time dateTime={endsAt.toISOString()}>
        {timeInZone(endsAt, zone)}
        {endDay !== startDay ? ` (${formatDay(endDay, { year: false })})` : null}
      </time>{" "}
      <span className="whitespace-nowrap">{endLabel}</span>
    </span>
  );
}

import { isValidTimeZone, listTimeZones, zoneLabel } from "@/lib/time";

// Where Bali Process forums and their delegates are; listed first so nobody scrolls past 400 zones.
const REGIONAL = [
  "Asia/Makassar",
  "Asia/Jakarta",
  "Asia/Jayapura",
  "Asia/Bangkok",
  "Asia/Kuala_Lumpur",
  "Asia/Singapore",
  "Asia/Manila",
  "Asia/Ho_Chi_Minh",
  "Asia/Phnom_Penh",
  "Asia/Yangon",
  "Asia/Dhaka",
  "Asia/Kolkata",
  "Asia/Colombo",
  "Asia/Karachi",
  "Asia/Kabul",
  "Asia/Dubai",
  "Asia/Amman",
  "Asia/Hong_Kong",
  "Asia/Tokyo",
  "Asia/Seoul",
  "Australia/Perth",
  "Australia/Darwin",
  "Australia/Adelaide",
  "Australia/Brisbane",
  "Australia/Sydney",
  "Pacific/Port_Moresby",
  "Pacific/Fiji",
  "Pacific/Auckland",
  "Pacific/Honolulu",
  "UTC",
];

export function timeZoneOptions(current?: string) {
  const common = REGIONAL.filter(isValidTimeZone);
  const all = listTimeZones().filter((z) => !common.includes(z));
  if (current && !common.includes(current) && !all.includes(current) && isValidTimeZone(current)) all.unshift(current);
  const now = new Date();
  const zoneLabels: Record<string, string> = {};
  for (const z of [...common, ...(current ? [current] : [])]) zoneLabels[z] = zoneLabel(now, z);
  return { zones: { common, all }, zoneLabels };
}

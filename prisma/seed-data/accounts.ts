/** Demo sign-ins printed by `npm run dev`. Development data only; never seeded in production by default. */
export const DEMO_PASSWORD = "balai-demo-2026";

export const demoAccounts = [
  { email: "organiser@balai.test", name: "Ratna Wulandari", role: "organiser" as const, memberState: null },
  { email: "delegate.indonesia@balai.test", name: "Budi Hartono", role: "delegate" as const, memberState: "Indonesia" },
  { email: "attendee@balai.test", name: "Mei Lin Tan", role: "attendee" as const, memberState: null },
];

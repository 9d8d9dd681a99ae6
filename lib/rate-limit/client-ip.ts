// Kept under its old name for existing callers; the rule itself lives in lib/security/client-address.ts.
export { clientAddressFrom as clientIpFrom } from "@/lib/security/client-address";

// Where a webhook may point. HTTPS anywhere; plain HTTP only to this machine (local development and
// tests), so a signed payload is never sent in clear text over a network.
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
export const WEBHOOK_URL_MAX = 2000;

export function isAllowedWebhookUrl(value: string): boolean {
  if (value.length > WEBHOOK_URL_MAX) return false;
  let url: URL;
  try { url = new URL(value); } catch { return false; }
  if (url.username || url.password) return false; // credentials belong in the signature, not the URL
  if (url.protocol === "https:") return url.hostname !== "";
  return url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname);
}

/** A URL as it may be shown and written: a password in it is replaced by ***. */
export function displayUrl(url: string | URL): string {
  const parsed = new URL(String(url));
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

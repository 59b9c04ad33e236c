/**
 * Holds the secret values registered in this process and removes them from any text before it
 * is printed or written. Each runtime owns one; there is no global list.
 */
export const REDACTED = '***';

export class Redactor {
  readonly #secrets = new Set<string>();

  add(secret: string | undefined): void {
    if (!secret) return;
    const trimmed = secret.trim();
    // Very short values would redact ordinary words; CI runners make the same call.
    if (trimmed.length < 4) return;
    this.#secrets.add(trimmed);
    // A JWT is often logged in parts (header, payload); mask each signed segment too.
    const segments = trimmed.split('.');
    if (segments.length === 3) for (const segment of segments) if (segment.length >= 16) this.#secrets.add(segment);
  }

  get size(): number {
    return this.#secrets.size;
  }

  redact(text: string): string {
    let result = text;
    // Longest first, so a secret that contains another is removed whole.
    const ordered = [...this.#secrets].sort((a, b) => b.length - a.length);
    for (const secret of ordered) result = result.split(secret).join(REDACTED);
    return result;
  }
}

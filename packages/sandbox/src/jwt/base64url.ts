export function base64url(data: Buffer | string): string {
  return Buffer.from(data).toString('base64url');
}

export function fromBase64url(text: string): Buffer {
  return Buffer.from(text, 'base64url');
}

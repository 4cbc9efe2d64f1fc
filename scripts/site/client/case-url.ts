/**
 * A case kept in the page address, so it can be shared: `#case=` followed by
 * the input JSON in base64url. The fragment is never sent to a server, so a
 * shared link does not put the case in anyone's server logs.
 */

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function encodeCase(input: unknown): string {
  return toBase64Url(new TextEncoder().encode(JSON.stringify(input)));
}

/** The case in a `#case=…` fragment, or undefined when there is none or it cannot be read. */
export function decodeCase(hash: string): Record<string, unknown> | undefined {
  const m = /(?:^#|&)case=([A-Za-z0-9_-]+)/.exec(hash);
  if (!m) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(fromBase64Url(m[1]!)));
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** SHA-256 of bytes with WebCrypto: native, and several times faster than a JavaScript SHA-256 on megabytes. */
export async function sha256Digest(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

export const hexOf = (bytes: Uint8Array): string => Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');

/** SHA-256 as lowercase hex: used for photos, blobs and package entries. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return hexOf(await sha256Digest(bytes));
}

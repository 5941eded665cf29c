/** Byte signatures: the cheap tests format detection and the readers' `sniff` use. */

/** True when `bytes` has `sig` at `at`. */
export function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
  if (bytes.length < at + sig.length) return false;
  for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
  return true;
}

/** The char codes of an ASCII string. */
export function ascii(s: string): number[] {
  return Array.from(s, (c) => c.charCodeAt(0));
}

/** Offset of `%PDF-` within the first 1024 bytes, or -1. */
export function findPdfHeader(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - 5, 1024);
  for (let i = 0; i <= limit; i++) {
    if (bytes[i] === 0x25 && bytes[i + 1] === 0x50 && bytes[i + 2] === 0x44 && bytes[i + 3] === 0x46 && bytes[i + 4] === 0x2d) return i;
  }
  return -1;
}

/**
 * pdf.js's legacy build (inside pdf-parse) installs core-js polyfills that
 * REPLACE two native built-ins process-wide: `Array.prototype.push` (about
 * 4× slower afterwards, for every array in the process) and `JSON.parse`.
 * V8's own versions differ only in spec corner cases pdf.js never reaches
 * (arrays of 2^32 elements, reviver source text), so the originals captured
 * when this module loads are put back after pdf.js and its worker module
 * have loaded. Polyfills that only ADD methods (Promise.withResolvers,
 * Set.prototype.union...) are left alone: pdf.js uses them.
 */

interface Saved {
  target: object;
  key: PropertyKey;
  descriptor: PropertyDescriptor;
}

function save(target: object, key: PropertyKey): Saved | null {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  return descriptor ? { target, key, descriptor } : null;
}

const SAVED: Saved[] = [save(Array.prototype, "push"), save(JSON, "parse")].filter((s): s is Saved => s !== null);

/** Puts back the native built-ins pdf.js's polyfills replaced (cheap when nothing changed). */
export function restoreNatives(): void {
  for (const s of SAVED) {
    const now = Object.getOwnPropertyDescriptor(s.target, s.key);
    if (now?.value === s.descriptor.value) continue;
    try {
      Object.defineProperty(s.target, s.key, s.descriptor);
    } catch {
      /* frozen by the host: leave it */
    }
  }
}

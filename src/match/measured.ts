/**
 * Fallback test for "this bullet carries a metric", used when the caller does
 * not pass `options.isMeasured`: a percent, a currency amount, a multiplier
 * ("3x"), a number with a unit suffix ("95 ms", "1.2M", "30 per day"), or any
 * number of two or more digits that is not a year. Linear time.
 */
export function defaultIsMeasured(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x25 || c === 0x24 || c === 0x20ac || c === 0xa3) {
      // % $ € £ next to a digit
      const prev = i > 0 ? text.charCodeAt(i - 1) : 0;
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (isDigit(prev) || isDigit(next)) return true;
      i++;
      continue;
    }
    if (!isDigit(c)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && (isDigit(text.charCodeAt(i)) || ((text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0x2e) && isDigit(text.charCodeAt(i + 1))))) i++;
    const num = text.slice(start, i);
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (isLetter(before)) continue; // part of a name: "EC2", "S3", "OAuth2"
    const after = i < n ? text.charCodeAt(i) : 0;
    const afterLower = i < n ? text.charAt(i).toLowerCase() : "";
    if (afterLower === "x" || afterLower === "k" || afterLower === "m" || afterLower === "%") {
      const after2 = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (!isLetter(after2) || afterLower === "m") return true;
    }
    if (isLetter(after)) continue; // "p95", "3D"
    const digits = num.replace(/[.,]/g, "");
    const isYear = /^(19|20)\d\d$/.test(num);
    if (!isYear && digits.length >= 2) return true;
    if (!isYear && digits.length === 1 && /^\s*(ms|s|sec|seconds|minutes|min|hours|h|days|weeks|tb|gb|mb|requests|users|engineers|services|people|teams|clusters|endpoints|languages)\b/i.test(text.slice(i, i + 12))) return true;
  }
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

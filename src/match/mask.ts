/**
 * Masks URLs and e-mail addresses with spaces (offsets unchanged), so
 * "github.com/user/kafka-tools" or "ops@oracle.com" never yield a skill.
 */

const TLDS = new Set([
  "com", "org", "net", "io", "dev", "de", "co", "uk", "ai", "app", "me", "info", "edu", "gov", "us", "ca", "eu",
  "fr", "in", "xyz", "tech", "site", "cloud", "page", "ly", "gg", "sh", "so", "to", "tv", "nl", "es", "it", "ch",
  "at", "se", "no", "dk", "fi", "pl", "pt", "br", "au", "nz", "jp", "cn", "ru", "biz", "online", "blog", "codes",
]);

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

function isTrimmable(c: number): boolean {
  // ( ) [ ] < > , ; : . ! ? " ' | •
  return (
    c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x3c || c === 0x3e || c === 0x2c || c === 0x3b ||
    c === 0x3a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x27 || c === 0x7c || c === 0x2022
  );
}

function isLowerAlpha(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** True when a whitespace-free chunk looks like a URL, a domain or an e-mail address. */
export function looksLikeLink(chunk: string): boolean {
  if (chunk.length < 4) return false;
  const lower = chunk.toLowerCase();
  if (lower.includes("://") || lower.startsWith("www.")) return true;
  const at = chunk.indexOf("@");
  if (at > 0 && chunk.indexOf(".", at) > at + 1) return true;
  // domain[.domain].tld[/path]: the host part before the first "/".
  const slash = chunk.indexOf("/");
  const host = slash === -1 ? chunk : chunk.slice(0, slash);
  const dot = host.lastIndexOf(".");
  if (dot <= 0 || dot === host.length - 1) return false;
  const tld = host.slice(dot + 1);
  // Lower-case TLD only: "ASP.NET" and "Vue.js" are names, "lena.dev" is a site.
  return isLowerAlpha(tld) && TLDS.has(tld);
}

/** Replace each URL / domain / e-mail chunk of `text` with spaces; linear time. */
export function maskLinks(text: string): string {
  let out: string[] | null = null;
  const n = text.length;
  let i = 0;
  let last = 0;
  while (i < n) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    let j = i;
    let suspicious = false;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (isSpace(c)) break;
      // "." "@" ":" — a link needs one of them.
      if (c === 0x2e || c === 0x40 || c === 0x3a) suspicious = true;
      j++;
    }
    if (suspicious && j - i >= 4) {
      let a = i;
      let b = j;
      while (a < b && isTrimmable(text.charCodeAt(a))) a++;
      while (b > a && isTrimmable(text.charCodeAt(b - 1))) b--;
      if (b - a >= 4 && looksLikeLink(text.slice(a, b))) {
        out ??= [];
        out.push(text.slice(last, a), " ".repeat(b - a));
        last = b;
      }
    }
    i = j;
  }
  if (!out) return text;
  out.push(text.slice(last));
  return out.join("");
}

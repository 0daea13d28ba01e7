// The integer "price" of a flat JSON body: a number or a string (a plain
// scan, enough for the answers of price APIs). Returns false without one.
export let parsed: i64 = 0;

export function parsePrice(body: string): bool {
  let i = body.indexOf("\"price\"");
  if (i < 0) return false;
  i += 7;
  while (i < body.length && body.charCodeAt(i) <= 32) i++;
  if (i >= body.length || body.charCodeAt(i) != 58) return false; // ':'
  i++;
  while (i < body.length && body.charCodeAt(i) <= 32) i++;
  const quoted = i < body.length && body.charCodeAt(i) == 34;
  if (quoted) i++;
  const neg = i < body.length && body.charCodeAt(i) == 45;
  if (neg) i++;
  let v: i64 = 0;
  let digits = 0;
  while (i < body.length) {
    const c = body.charCodeAt(i);
    if (c < 48 || c > 57) break;
    if (v > (i64.MAX_VALUE - 9) / 10) return false;
    v = v * 10 + <i64>(c - 48);
    digits++;
    i++;
  }
  if (digits == 0 || (quoted && (i >= body.length || body.charCodeAt(i) != 34))) return false;
  parsed = neg ? -v : v;
  return true;
}

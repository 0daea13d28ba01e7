// {{.Name}}: a price oracle. stdin: one source URL per line; each answers
// JSON with an integer "price", fetched under the rule median:price.
// stdout: the median as a 32-byte big-endian uint256. Sources that fail
// are skipped; exit 2 when none gives a price.
import { get, lastError, strerror, Response } from "./bhttp";
import { parsePrice, parsed } from "./price";
import { readLines } from "./stdin";

const prices: i64[] = [];
const lines = readLines();
for (let i = 0; i < lines.length; i++) {
  const url = lines[i].trim();
  if (url.length == 0 || url.startsWith("#")) continue;
  const got = get(url, "median:price");
  if (got == null) {
    process.stderr.write("{{.Name}}: " + url + ": " + strerror(lastError) + " (skipped)\n");
    continue;
  }
  const r = changetype<Response>(got);
  if (r.status == 200 && parsePrice(String.UTF8.decode(r.body.buffer.slice(r.body.byteOffset, r.body.byteOffset + r.body.byteLength)))) {
    prices.push(parsed);
  } else {
    process.stderr.write("{{.Name}}: " + url + ": no price (skipped)\n");
  }
}
if (prices.length == 0) {
  process.stderr.write("{{.Name}}: no source gave a price\n");
  process.exit(2);
}
prices.sort((a: i64, b: i64): i32 => (a > b ? 1 : 0) - (a < b ? 1 : 0));
const n = prices.length;
const m: i64 = n % 2 == 1 ? prices[n / 2] : prices[n / 2 - 1] + (prices[n / 2] - prices[n / 2 - 1]) / 2;
const out = new Uint8Array(32);
const u: u64 = m < 0 ? 0 : <u64>m;
for (let i = 0; i < 8; i++) out[31 - i] = <u8>(u >> (8 * <u64>i));
process.stdout.write(out.buffer);

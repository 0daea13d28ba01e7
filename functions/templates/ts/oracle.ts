// TypeScript, built with esbuild and run by QuickJS; the globals are declared in blockless.d.ts.
// {{.Name}}: a price oracle. stdin: one source URL per line; each answers
// JSON with an integer "price" (number or string), fetched under the rule
// median:price. stdout: the median as a 32-byte big-endian uint256.
// Sources that fail are skipped; exit 2 when none gives a price.
const prices: bigint[] = [];
for (const line of stdin.split("\n")) {
  const url = line.trim();
  if (url === "" || url.startsWith("#")) continue;
  try {
    const r = http.get(url, http.median("price"));
    const p = r.status === 200 ? JSON.parse(r.body).price : undefined;
    if (!/^-?[0-9]+$/.test(String(p))) throw new Error("no price");
    prices.push(BigInt(p));
  } catch (e) {
    console.error("{{.Name}}: " + url + ": " + (e as Error).message + " (skipped)");
  }
}
if (prices.length === 0) {
  console.error("{{.Name}}: no source gave a price");
  exit(2);
}
prices.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const n = prices.length;
let m = n % 2 ? prices[(n - 1) / 2] : prices[n / 2 - 1] + (prices[n / 2] - prices[n / 2 - 1]) / 2n;
if (m < 0n) m = 0n;
const out = new Uint8Array(32);
for (let i = 31; i >= 0 && m > 0n; i--, m >>= 8n) out[i] = Number(m & 0xffn);
writeBytes(out);

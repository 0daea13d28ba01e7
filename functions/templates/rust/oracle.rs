//! {{.Name}}: a price oracle. stdin: one source URL per line; each answers
//! JSON with an integer "price", fetched under the rule median:price.
//! stdout: the median as a 32-byte big-endian uint256. Sources that fail
//! are skipped; exit 2 when none gives a price.

#[path = "bhttp.rs"]
mod bhttp;
#[path = "price.rs"]
mod price;

use std::io::{self, BufRead, Write};

fn main() {
    let mut prices: Vec<i64> = Vec::new();
    for line in io::stdin().lock().lines() {
        let url = line.unwrap_or_default();
        let url = url.trim();
        if url.is_empty() || url.starts_with('#') {
            continue;
        }
        match bhttp::get(url, "median:price") {
            Ok(r) if r.status == 200 => match price::parse(&r.body) {
                Some(p) => prices.push(p),
                None => eprintln!("{{.Name}}: {}: no price (skipped)", url),
            },
            Ok(r) => eprintln!("{{.Name}}: {}: HTTP {} (skipped)", url, r.status),
            Err(e) => eprintln!("{{.Name}}: {}: {} (skipped)", url, bhttp::strerror(e)),
        }
    }
    if prices.is_empty() {
        eprintln!("{{.Name}}: no source gave a price");
        std::process::exit(2);
    }
    prices.sort_unstable();
    let n = prices.len();
    let m = if n % 2 == 1 { prices[n / 2] } else { prices[n / 2 - 1] + (prices[n / 2] - prices[n / 2 - 1]) / 2 };
    let mut out = [0u8; 32];
    out[24..].copy_from_slice(&(m.max(0) as u64).to_be_bytes());
    let _ = io::stdout().write_all(&out);
}

//! {{.Name}}: an indexer. stdin: the text to match on the first line, then
//! one page URL per line, each fetched under the rule identical. stdout:
//! every line of every page containing the text, in order. Exit 3 when a
//! page cannot be fetched or is not a 200.

#[path = "bhttp.rs"]
mod bhttp;

use std::io::{self, BufRead, Write};
use std::process::exit;

fn main() {
    let mut lines = io::stdin().lock().lines();
    let want = match lines.next() {
        Some(Ok(l)) if !l.is_empty() => l,
        _ => {
            eprintln!("{{.Name}}: want the text to match on the first line");
            exit(1)
        }
    };
    let stdout = io::stdout();
    let mut out = stdout.lock();
    for line in lines {
        let url = line.unwrap_or_default();
        let url = url.trim();
        if url.is_empty() {
            continue;
        }
        let body = match bhttp::get(url, "identical") {
            Ok(r) if r.status == 200 => r.body,
            Ok(r) => {
                let _ = out.flush();
                eprintln!("{{.Name}}: {}: HTTP {}", url, r.status);
                exit(3)
            }
            Err(e) => {
                let _ = out.flush();
                eprintln!("{{.Name}}: {}: {}", url, bhttp::strerror(e));
                exit(3)
            }
        };
        for l in body.split(|&b| b == b'\n') {
            if String::from_utf8_lossy(l).contains(want.as_str()) {
                let _ = out.write_all(l);
                let _ = out.write_all(b"\n");
            }
        }
    }
}

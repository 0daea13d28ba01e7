//! httpget: fetch one URL, the same formats as functions/c/httpget.c.

#[path = "bhttp.rs"]
mod bhttp;

use std::io::{self, BufRead, Write};
use std::process::exit;

fn main() {
    let mut url = String::new();
    if io::stdin().lock().read_line(&mut url).unwrap_or(0) == 0 {
        eprintln!("httpget: no URL on stdin");
        exit(1);
    }
    let url = url.trim_end_matches(&['\r', '\n'][..]);
    let rule = std::env::args().nth(1).unwrap_or_else(|| "identical".to_string());
    match bhttp::get(url, &rule) {
        Ok(r) => {
            let mut out = io::stdout().lock();
            let _ = write!(out, "{}\n", r.status);
            let _ = out.write_all(&r.body);
        }
        Err(e) => {
            eprintln!("httpget: {}: {}", url, bhttp::strerror(e));
            exit(3);
        }
    }
}

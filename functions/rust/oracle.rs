//! oracle: the oracle-aggregation template in Rust, byte-for-byte the same
//! rule and formats as functions/go/oracle (see there): one integer price
//! per line on stdin, `-k K` and `-min N` args, the median of the reports
//! within K median-absolute-deviations of the median on stdout.

use std::io::{self, BufRead, Write};
use std::process::exit;

const MAX_ABS: i64 = 1 << 56;

fn median(v: &mut Vec<i64>) -> i64 {
    v.sort_unstable();
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        let (a, b) = (v[n / 2 - 1], v[n / 2]);
        a + (b - a) / 2
    }
}

fn die(code: i32, msg: &str) -> ! {
    eprintln!("oracle: {}", msg);
    exit(code)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut k, mut min_n) = (3i64, 1usize);
    let mut i = 0;
    while i < args.len() {
        let val = args.get(i + 1).unwrap_or_else(|| die(1, "flag needs a value"));
        match args[i].trim_start_matches('-') {
            "k" => k = val.parse().unwrap_or_else(|_| die(1, "bad -k")),
            "min" => min_n = val.parse().unwrap_or_else(|_| die(1, "bad -min")),
            other => die(1, &format!("unknown flag -{}", other)),
        }
        i += 2;
    }
    if !(1..=100).contains(&k) {
        die(1, "-k must be in 1..100");
    }

    let mut vals: Vec<i64> = Vec::new();
    for (n, line) in io::stdin().lock().lines().enumerate() {
        let line = line.unwrap_or_else(|e| die(1, &e.to_string()));
        let first = match line.split_whitespace().next() {
            Some(f) if !f.starts_with('#') => f,
            _ => continue,
        };
        match first.parse::<i64>() {
            Ok(v) if (-MAX_ABS..=MAX_ABS).contains(&v) => vals.push(v),
            _ => die(1, &format!("line {}: bad price {:?}", n + 1, first)),
        }
    }
    if vals.is_empty() {
        die(1, "no reports");
    }

    let m = median(&mut vals.clone());
    let mut dev: Vec<i64> = vals.iter().map(|v| (v - m).abs()).collect();
    let mad = median(&mut dev);
    let mut kept: Vec<i64> = vals.iter().copied().filter(|v| (v - m).abs() <= k * mad).collect();
    let rejected = vals.len() - kept.len();
    if kept.is_empty() || kept.len() < min_n {
        die(2, &format!("{} reports accepted, need {}", kept.len(), min_n.max(1)));
    }
    eprintln!("oracle: {} reports, {} rejected", vals.len(), rejected);
    let out = io::stdout();
    let mut out = out.lock();
    writeln!(out, "{}", median(&mut kept)).unwrap_or_else(|e| die(1, &e.to_string()));
}

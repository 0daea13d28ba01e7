//! {{.Name}}: an automation trigger. stdin: the source URL on the first
//! line, the condition OP NUMBER on the second (OP one of < <= > >= == !=).
//! The source answers JSON with an integer "price", fetched under the rule
//! median:price. stdout: "true\n" or "false\n". Exit 1 on malformed input,
//! 2 when the source gives no price.

#[path = "bhttp.rs"]
mod bhttp;
#[path = "price.rs"]
mod price;

use std::io::{self, BufRead};
use std::process::exit;

fn fail(code: i32, msg: &str) -> ! {
    eprintln!("{{.Name}}: {}", msg);
    exit(code)
}

fn main() {
    let lines: Vec<String> = io::stdin().lock().lines().take(2).map(|l| l.unwrap_or_default()).collect();
    if lines.len() < 2 {
        fail(1, "want the URL and the condition on two lines");
    }
    let f: Vec<&str> = lines[1].split_whitespace().collect();
    let want: i64 = match (f.len(), f.get(1).and_then(|s| s.parse().ok())) {
        (2, Some(v)) => v,
        _ => fail(1, "condition is not OP NUMBER"),
    };
    let url = lines[0].trim();
    let p = match bhttp::get(url, "median:price") {
        Ok(r) if r.status == 200 => price::parse(&r.body),
        Ok(_) => None,
        Err(e) => fail(2, &format!("{}: {}", url, bhttp::strerror(e))),
    };
    let p = p.unwrap_or_else(|| fail(2, &format!("{}: no price", url)));
    let ok = match f[0] {
        "<" => p < want,
        "<=" => p <= want,
        ">" => p > want,
        ">=" => p >= want,
        "==" => p == want,
        "!=" => p != want,
        op => fail(1, &format!("unknown operator {}", op)),
    };
    println!("{}", ok);
}

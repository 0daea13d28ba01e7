//! The integer "price" of a flat JSON body: a number or a string (a plain
//! scan, enough for the answers of price APIs).

pub fn parse(body: &[u8]) -> Option<i64> {
    let s = std::str::from_utf8(body).ok()?;
    let rest = &s[s.find("\"price\"")? + 7..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let (quoted, rest) = match rest.strip_prefix('"') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let end = rest
        .char_indices()
        .find(|&(i, c)| !(c.is_ascii_digit() || (i == 0 && c == '-')))
        .map(|(i, _)| i)
        .unwrap_or(rest.len());
    if quoted && !rest[end..].starts_with('"') {
        return None;
    }
    rest[..end].parse().ok()
}

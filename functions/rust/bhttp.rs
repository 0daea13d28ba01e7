//! bhttp: HTTP calls from a Rust function through the blockless_http host
//! module (std only; include with `#[path = "bhttp.rs"] mod bhttp;`).
//! See docs/http.md for the protocol and the agreement rules.

#[link(wasm_import_module = "blockless_http")]
extern "C" {
    fn request(req: *const u8, len: u32, out: *mut u32) -> i32;
    fn read_body(buf: *mut u8, len: u32, n: *mut u32) -> i32;
}

/// The agreed response of one call.
pub struct Response {
    pub status: u32,
    pub body: Vec<u8>,
}

/// Why a call got no response (the host module's errno).
pub fn strerror(e: i32) -> &'static str {
    match e {
        1 => "invalid request",
        2 => "host not declared by the function",
        3 => "destination refused",
        4 => "too many HTTP calls",
        5 => "response too large",
        6 => "timeout",
        7 => "network error",
        8 => "operators saw different responses",
        _ => "blockless_http error",
    }
}

fn json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// GET url under rule ("identical", "majority" or "median:PATH").
pub fn get(url: &str, rule: &str) -> Result<Response, i32> {
    let mut req = String::from("{\"url\":");
    json_string(&mut req, url);
    req.push_str(",\"rule\":");
    json_string(&mut req, rule);
    req.push('}');
    let mut out = [0u32; 2];
    let e = unsafe { request(req.as_ptr(), req.len() as u32, out.as_mut_ptr()) };
    if e != 0 {
        return Err(e);
    }
    let mut body = vec![0u8; out[1] as usize];
    let mut n = 0u32;
    if !body.is_empty() {
        let e = unsafe { read_body(body.as_mut_ptr(), out[1], &mut n) };
        if e != 0 {
            return Err(e);
        }
    }
    body.truncate(n as usize);
    Ok(Response { status: out[0], body })
}

// bhttp: HTTP calls from an AssemblyScript function through the
// blockless_http host module. See docs/http.md for the agreement rules.

@external("blockless_http", "request")
declare function request(req: usize, len: u32, out: usize): i32;

@external("blockless_http", "read_body")
declare function read_body(buf: usize, len: u32, n: usize): i32;

export class Response {
  constructor(public status: u32, public body: Uint8Array) {}
}

export function strerror(e: i32): string {
  switch (e) {
    case 1: return "invalid request";
    case 2: return "host not declared by the function";
    case 3: return "destination refused";
    case 4: return "too many HTTP calls";
    case 5: return "response too large";
    case 6: return "timeout";
    case 7: return "network error";
    case 8: return "operators saw different responses";
  }
  return "blockless_http error";
}

function jsonString(s: string): string {
  let out = "\"";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c == 0x22 || c == 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c < 0x20) out += "\\u00" + (c < 16 ? "0" : "") + c.toString(16);
    else out += String.fromCharCode(c);
  }
  return out + "\"";
}

// errno of the last failed get (0 after a success).
export let lastError: i32 = 0;

// get fetches url under rule ("identical", "majority" or "median:PATH");
// null when the call got no response (see lastError).
export function get(url: string, rule: string = "identical"): Response | null {
  const req = String.UTF8.encode("{\"url\":" + jsonString(url) + ",\"rule\":" + jsonString(rule) + "}");
  const out = new Uint32Array(2);
  lastError = request(changetype<usize>(req), <u32>req.byteLength, out.dataStart);
  if (lastError != 0) return null;
  const body = new Uint8Array(<i32>out[1]);
  const n = new Uint32Array(1);
  if (body.length > 0) {
    lastError = read_body(body.dataStart, out[1], n.dataStart);
    if (lastError != 0) return null;
  }
  return new Response(out[0], body.subarray(0, <i32>n[0]));
}

/* Base64 encode/decode round trip. */
#include <stdio.h>
#include <string.h>
static const char T[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static int encode(const unsigned char *in, int n, char *out) { int o = 0;
  for (int i = 0; i < n; i += 3) { unsigned v = in[i] << 16 | (i + 1 < n ? in[i+1] << 8 : 0) | (i + 2 < n ? in[i+2] : 0);
    out[o++] = T[v >> 18]; out[o++] = T[v >> 12 & 63]; out[o++] = i + 1 < n ? T[v >> 6 & 63] : '='; out[o++] = i + 2 < n ? T[v & 63] : '='; }
  out[o] = 0; return o; }
static int decode(const char *in, unsigned char *out) { int o = 0, bits = 0; unsigned v = 0;
  for (; *in && *in != '='; in++) { v = v << 6 | (unsigned)(strchr(T, *in) - T); bits += 6; if (bits >= 8) { bits -= 8; out[o++] = v >> bits; } } return o; }
int main(void) {
  const char *msgs[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Blockless AVS: verifiable serverless compute"};
  char enc[200]; unsigned char dec[200];
  for (int i = 0; i < 8; i++) { encode((const unsigned char*)msgs[i], strlen(msgs[i]), enc); int n = decode(enc, dec); dec[n] = 0; printf("%s -> %s -> %s\n", msgs[i], enc, dec); }
  static unsigned char big[30000]; static char e[40004]; for (int i = 0; i < 30000; i++) big[i] = i * 37 >> 3;
  int n = encode(big, 30000, e); unsigned h = 0; for (int i = 0; i < n; i++) h = h * 31 + e[i]; printf("big %d %08x\n", n, h);
  return 0;
}

/* Instruction-level check: ALU, shift, rotate, bit and multiply/divide
 * instructions at 8/16/32/64 bits over edge-case operands, printing results
 * and the flags the architecture defines for each (undefined flags are
 * masked out), so the emulator is compared with the CPU flag by flag. */
#include <stdio.h>
#include <stdint.h>
#define CF 0x1
#define PF 0x4
#define AF 0x10
#define ZF 0x40
#define SF 0x80
#define OF 0x800
#define ALL (CF|PF|AF|ZF|SF|OF)
static const uint64_t vals[] = {0, 1, 2, 0x7f, 0x80, 0xff, 0x100, 0x7fff, 0x8000, 0xffff, 0x7fffffff, 0x80000000,
  0xffffffff, 0x100000000ULL, 0x7fffffffffffffffULL, 0x8000000000000000ULL, 0xffffffffffffffffULL, 0x123456789abcdef0ULL, 0xfedcba9876543210ULL, 3, 31, 33, 63, 64, 65};
#define NV (sizeof vals / sizeof vals[0])
static uint64_t h = 1469598103934665603ULL;
static void mix(uint64_t v) { h = (h ^ v) * 1099511628211ULL; }

/* Binary op with carry-in: neg sets every flag (CF = cin) deterministically
 * first, then op src, dst. */
#define BIN(NAME, INSN, T, MASK) static void NAME(void) { \
  for (unsigned i = 0; i < NV; i++) for (unsigned j = 0; j < NV; j++) for (int cin = 0; cin < 2; cin++) { \
    T a = (T)vals[i], b = (T)vals[j]; uint64_t fl, cv = cin; \
    __asm__ volatile("negq %[c]\n\t" INSN " %[b], %[a]\n\tpushfq\n\tpopq %[fl]" : [a] "+r"(a), [fl] "=r"(fl), [c] "+r"(cv) : [b] "r"(b) : "cc"); \
    mix((uint64_t)a); mix(fl & (MASK)); } }
#define BIN4(OPN, MASK) BIN(OPN##8, #OPN "b", uint8_t, MASK) BIN(OPN##16, #OPN "w", uint16_t, MASK) BIN(OPN##32, #OPN "l", uint32_t, MASK) BIN(OPN##64, #OPN "q", uint64_t, MASK)
BIN4(add, ALL) BIN4(adc, ALL) BIN4(sub, ALL) BIN4(sbb, ALL) BIN4(and, ALL&~AF) BIN4(or, ALL&~AF) BIN4(xor, ALL&~AF) BIN4(cmp, ALL) BIN4(test, ALL&~AF)
/* imul r, r/m: CF/OF defined. */
BIN(imul16, "imulw", uint16_t, CF|OF) BIN(imul32, "imull", uint32_t, CF|OF) BIN(imul64, "imulq", uint64_t, CF|OF)
/* bt family with register offset: only CF defined. */
BIN(bt16, "btw", uint16_t, CF) BIN(bts32, "btsl", uint32_t, CF) BIN(btr64, "btrq", uint64_t, CF) BIN(btc64, "btcq", uint64_t, CF)
/* bsf/bsr: ZF defined; destination only when source != 0. */
static void scans(void) {
  for (unsigned i = 0; i < NV; i++) { uint64_t v = vals[i], r = 77, fl, r2 = 77, fl2; uint32_t r3 = 5, fl3;
    if (!v) continue;
    __asm__ volatile("bsfq %2, %0\n\tpushfq\n\tpopq %1" : "+r"(r), "=r"(fl) : "r"(v) : "cc");
    __asm__ volatile("bsrq %2, %0\n\tpushfq\n\tpopq %1" : "+r"(r2), "=r"(fl2) : "r"(v) : "cc");
    mix(r); mix(fl & ZF); mix(r2); mix(fl2 & ZF);
    uint64_t p, flp; __asm__ volatile("popcntq %2, %0\n\tpushfq\n\tpopq %1" : "=r"(p), "=r"(flp) : "r"(v) : "cc"); mix(p); mix(flp & ALL);
    (void)r3; (void)fl3; }
}
/* Unary ops. */
#define UN(NAME, INSN, T, MASK) static void NAME(void) { for (unsigned i = 0; i < NV; i++) for (int cin = 0; cin < 2; cin++) { \
  T a = (T)vals[i]; uint64_t fl, cv = cin; __asm__ volatile("negq %[c]\n\t" INSN " %[a]\n\tpushfq\n\tpopq %[fl]" : [a] "+r"(a), [fl] "=r"(fl), [c] "+r"(cv) : : "cc"); mix((uint64_t)a); mix(fl & (MASK)); } }
UN(inc8, "incb", uint8_t, ALL) UN(inc32, "incl", uint32_t, ALL) UN(dec16, "decw", uint16_t, ALL) UN(dec64, "decq", uint64_t, ALL)
UN(neg8, "negb", uint8_t, ALL) UN(neg16, "negw", uint16_t, ALL) UN(neg32, "negl", uint32_t, ALL) UN(neg64, "negq", uint64_t, ALL) UN(not32, "notl", uint32_t, ALL)
/* Shifts and rotates by CL: count 1 defines OF; other counts leave OF (and AF) undefined. */
#define SH(NAME, INSN, T, MASK1, MASKN) static void NAME(void) { for (unsigned i = 0; i < NV; i++) for (unsigned c = 0; c < 70; c++) for (int cin = 0; cin < 2; cin++) { \
  T a = (T)vals[i]; uint64_t fl, cv = cin; uint8_t cnt = c; \
  __asm__ volatile("negq %[c]\n\t" INSN " %%cl, %[a]\n\tpushfq\n\tpopq %[fl]" : [a] "+r"(a), [fl] "=r"(fl), [c] "+r"(cv) : "c"(cnt) : "cc"); \
  unsigned w = sizeof(T) * 8, m = w == 64 ? 63 : 31; mix((uint64_t)a); mix(fl & (((c & m) == 1) ? (MASK1) : (MASKN))); } }
#define SH4(OPN, M1, MN) SH(OPN##8, #OPN "b", uint8_t, M1, MN) SH(OPN##16, #OPN "w", uint16_t, M1, MN) SH(OPN##32, #OPN "l", uint32_t, M1, MN) SH(OPN##64, #OPN "q", uint64_t, M1, MN)
SH4(shl, ALL&~AF, CF|PF|ZF|SF) SH4(shr, ALL&~AF, CF|PF|ZF|SF) SH4(sar, ALL&~AF, CF|PF|ZF|SF) SH4(rol, CF|OF, CF) SH4(ror, CF|OF, CF) SH4(rcl, CF|OF, CF) SH4(rcr, CF|OF, CF)
/* shld/shrd. */
static void dshift(void) { for (unsigned i = 0; i < NV; i++) for (unsigned j = 0; j < NV; j += 3) for (unsigned c = 1; c < 64; c += 5) {
  uint64_t a = vals[i], fl; uint32_t a32 = (uint32_t)vals[i], fl2; uint64_t fl32; uint8_t cnt = c;
  __asm__ volatile("shldq %%cl, %2, %0\n\tpushfq\n\tpopq %1" : "+r"(a), "=r"(fl) : "r"(vals[j]), "c"(cnt) : "cc"); mix(a); mix(fl & (c == 1 ? ALL&~AF : CF|PF|ZF|SF));
  if (c < 32) { __asm__ volatile("shrdl %%cl, %2, %0\n\tpushfq\n\tpopq %1" : "+r"(a32), "=r"(fl32) : "r"((uint32_t)vals[j]), "c"(cnt) : "cc"); mix(a32); mix(fl32 & (c == 1 ? ALL&~AF : CF|PF|ZF|SF)); }
  (void)fl2; } }
/* mul/imul/div/idiv one-operand forms. */
static void muldiv(void) { for (unsigned i = 0; i < NV; i++) for (unsigned j = 0; j < NV; j++) {
  uint64_t a = vals[i], b = vals[j], lo = a, hi, fl;
  __asm__ volatile("mulq %3\n\tpushfq\n\tpopq %2" : "+a"(lo), "=d"(hi), "=r"(fl) : "r"(b) : "cc"); mix(lo); mix(hi); mix(fl & (CF|OF));
  lo = a; __asm__ volatile("imulq %3\n\tpushfq\n\tpopq %2" : "+a"(lo), "=d"(hi), "=r"(fl) : "r"(b) : "cc"); mix(lo); mix(hi); mix(fl & (CF|OF));
  uint32_t l32 = (uint32_t)a, h32; __asm__ volatile("mull %3\n\tpushfq\n\tpopq %2" : "+a"(l32), "=d"(h32), "=r"(fl) : "r"((uint32_t)b) : "cc"); mix(l32); mix(h32); mix(fl & (CF|OF));
  uint8_t a8 = (uint8_t)a; uint16_t ax = a8; __asm__ volatile("imulb %2\n\tpushfq\n\tpopq %1" : "+a"(ax), "=r"(fl) : "r"((uint8_t)b) : "cc"); mix(ax); mix(fl & (CF|OF));
  if (b && (hi = a >> 1, hi < b)) { uint64_t q = a, r = hi; __asm__ volatile("divq %2" : "+a"(q), "+d"(r) : "r"(b) : "cc"); mix(q); mix(r); }
  int64_t sb = (int64_t)b; if (sb && !(a == 0x8000000000000000ULL && sb == -1)) { int64_t q = (int64_t)a, r = q < 0 ? -1 : 0; __asm__ volatile("idivq %2" : "+a"(q), "+d"(r) : "r"(sb) : "cc"); mix(q); mix(r); }
  int16_t s16 = (int16_t)b; if (s16 && !((int16_t)a == -32768 && s16 == -1)) { uint16_t q = (uint16_t)a, r = (int16_t)a < 0 ? 0xffff : 0; __asm__ volatile("idivw %2" : "+a"(q), "+d"(r) : "r"(s16) : "cc"); mix(q); mix(r); }
} }
/* setcc/cmovcc after cmp: all 16 conditions. */
static void conds(void) { for (unsigned i = 0; i < NV; i++) for (unsigned j = 0; j < NV; j++) { uint64_t a = vals[i], b = vals[j]; uint8_t s[16];
  __asm__ volatile("cmpq %17, %16\n\tseto %0\n\tsetno %1\n\tsetb %2\n\tsetae %3\n\tsete %4\n\tsetne %5\n\tsetbe %6\n\tseta %7\n\tsets %8\n\tsetns %9\n\tsetp %10\n\tsetnp %11\n\tsetl %12\n\tsetge %13\n\tsetle %14\n\tsetg %15"
    : "=m"(s[0]), "=m"(s[1]), "=m"(s[2]), "=m"(s[3]), "=m"(s[4]), "=m"(s[5]), "=m"(s[6]), "=m"(s[7]), "=m"(s[8]), "=m"(s[9]), "=m"(s[10]), "=m"(s[11]), "=m"(s[12]), "=m"(s[13]), "=m"(s[14]), "=m"(s[15]) : "r"(a), "r"(b) : "cc");
  for (int k = 0; k < 16; k++) mix(s[k]);
  uint32_t x = (uint32_t)a, y = (uint32_t)b, r = 5; __asm__ volatile("cmpl %2, %1\n\tcmovll %2, %0" : "+r"(r) : "r"(x), "r"(y) : "cc"); mix(r); } }
int main(void) {
  void (*tests[])(void) = {add8, add16, add32, add64, adc8, adc16, adc32, adc64, sub8, sub16, sub32, sub64, sbb8, sbb16, sbb32, sbb64,
    and8, and16, and32, and64, or8, or16, or32, or64, xor8, xor16, xor32, xor64, cmp8, cmp16, cmp32, cmp64, test8, test16, test32, test64,
    imul16, imul32, imul64, bt16, bts32, btr64, btc64, scans, inc8, inc32, dec16, dec64, neg8, neg16, neg32, neg64, not32,
    shl8, shl16, shl32, shl64, shr8, shr16, shr32, shr64, sar8, sar16, sar32, sar64, rol8, rol16, rol32, rol64, ror8, ror16, ror32, ror64,
    rcl8, rcl16, rcl32, rcl64, rcr8, rcr16, rcr32, rcr64, dshift, muldiv, conds};
  for (unsigned t = 0; t < sizeof tests / sizeof tests[0]; t++) { h = 1469598103934665603ULL; tests[t](); printf("test %2u %016llx\n", t, (unsigned long long)h); }
  return 0;
}

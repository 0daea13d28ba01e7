/* SSE/SSE2 floating point edge cases: NaN payload propagation, default NaN,
 * signed zeros, min/max operand order, out-of-range conversions, compares,
 * and packed integer ops; results printed as raw bits. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <emmintrin.h>
static uint64_t bits(double d) { uint64_t u; memcpy(&u, &d, 8); return u; }
static double dbl(uint64_t u) { double d; memcpy(&d, &u, 8); return d; }
static uint32_t fbits(float f) { uint32_t u; memcpy(&u, &f, 4); return u; }
int main(void) {
  double v[] = {0.0, -0.0, 1.0, -1.5, 1e308, -1e308, 5e-324, dbl(0x7ff0000000000000ULL), dbl(0xfff0000000000000ULL),
                dbl(0x7ff8000000000001ULL), dbl(0xfff4000000000abcULL), dbl(0x7ff0000000000123ULL), 9.3e18, -9.3e18, 2147483647.5, -2147483648.9, 0.5, 2.5};
  int n = sizeof v / sizeof v[0];
  uint64_t h = 0;
  for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) {
    __m128d a = _mm_set_sd(v[i]), b = _mm_set_sd(v[j]);
    uint64_t r[8] = {bits(_mm_cvtsd_f64(_mm_add_sd(a, b))), bits(_mm_cvtsd_f64(_mm_sub_sd(a, b))), bits(_mm_cvtsd_f64(_mm_mul_sd(a, b))),
      bits(_mm_cvtsd_f64(_mm_div_sd(a, b))), bits(_mm_cvtsd_f64(_mm_min_sd(a, b))), bits(_mm_cvtsd_f64(_mm_max_sd(a, b))),
      (uint64_t)_mm_comilt_sd(a, b) | (uint64_t)_mm_ucomieq_sd(a, b) << 1 | (uint64_t)_mm_comige_sd(a, b) << 2,
      bits(_mm_cvtsd_f64(_mm_cmpunord_sd(a, b))) ^ bits(_mm_cvtsd_f64(_mm_cmple_sd(a, b)))};
    for (int k = 0; k < 8; k++) h = h * 1099511628211ULL ^ r[k];
    float fa = (float)v[i], fb = (float)v[j];
    __m128 x = _mm_set_ss(fa), y = _mm_set_ss(fb);
    h = h * 31 + fbits(_mm_cvtss_f32(_mm_add_ss(x, y))) + fbits(_mm_cvtss_f32(_mm_mul_ss(x, y))) + fbits(_mm_cvtss_f32(_mm_min_ss(x, y)));
  }
  printf("binary ops %016llx\n", (unsigned long long)h);
  for (int i = 0; i < n; i++) {
    __m128d a = _mm_set_sd(v[i]);
    printf("%016llx: sqrt %016llx cvttsd2si %lld cvtsd2si %lld cvttsd2si32 %d cvtsd2ss %08x back %016llx\n", (unsigned long long)bits(v[i]),
      (unsigned long long)bits(_mm_cvtsd_f64(_mm_sqrt_sd(a, a))), (long long)_mm_cvttsd_si64(a), (long long)_mm_cvtsd_si64(a), _mm_cvttsd_si32(a),
      fbits(_mm_cvtss_f32(_mm_cvtsd_ss(_mm_setzero_ps(), a))), (unsigned long long)bits(_mm_cvtsd_f64(_mm_cvtss_sd(a, _mm_cvtsd_ss(_mm_setzero_ps(), a)))));
  }
  __m128i p = _mm_set_epi32(0x7fffffff, -5, 1000, 0x12345678), q = _mm_set_epi32(1, 0x80000000, -1000, 0x0f0f0f0f);
  __m128i r[] = {_mm_add_epi32(p, q), _mm_sub_epi16(p, q), _mm_adds_epi16(p, q), _mm_subs_epu8(p, q), _mm_mullo_epi16(p, q), _mm_mulhi_epi16(p, q),
    _mm_madd_epi16(p, q), _mm_packs_epi32(p, q), _mm_packus_epi16(p, q), _mm_unpacklo_epi8(p, q), _mm_unpackhi_epi16(p, q), _mm_cmpgt_epi32(p, q),
    _mm_srai_epi16(p, 3), _mm_srli_epi64(p, 7), _mm_slli_si128(p, 5), _mm_srli_si128(p, 3), _mm_shuffle_epi32(p, 0x1b), _mm_shufflehi_epi16(p, 0x4e),
    _mm_sad_epu8(p, q), _mm_avg_epu8(p, q), _mm_min_epi16(p, q), _mm_max_epu8(p, q), _mm_mul_epu32(p, q), _mm_cvttps_epi32(_mm_castsi128_ps(q)),
    _mm_cvtps_epi32(_mm_set_ps(1.5f, 2.5f, -1.5f, 1e10f)), _mm_castps_si128(_mm_cvtepi32_ps(p))};
  for (unsigned i = 0; i < sizeof r / sizeof r[0]; i++) { uint64_t w[2]; memcpy(w, &r[i], 16); printf("p%02u %016llx%016llx\n", i, (unsigned long long)w[1], (unsigned long long)w[0]); }
  printf("movemask %d %d\n", _mm_movemask_epi8(p), _mm_movemask_pd(_mm_set_pd(-1.0, 2.0)));
  return 0;
}

/* Self-modifying code: writes machine code into an RWX mapping, runs it,
 * patches it in place and runs it again (the emulator must drop stale
 * decoded blocks), then flips the mapping to RX with mprotect. */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
typedef int (*fn)(int);
int main(void) {
  unsigned char *p = mmap(0, 4096, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) { printf("mmap failed\n"); return 1; }
  /* lea eax, [rdi + imm32]; ret */
  unsigned char code[] = {0x8d, 0x87, 0, 0, 0, 0, 0xc3};
  long total = 0;
  for (int k = 1; k <= 50; k++) {
    int imm = k * 1000;
    memcpy(code + 2, &imm, 4);
    memcpy(p, code, sizeof code);
    __builtin___clear_cache((char *)p, (char *)p + sizeof code);
    total += ((fn)p)(k);
  }
  printf("total=%ld\n", total);
  /* Patch a single byte of the running function: ret -> int3 is avoided;
   * change the opcode to "lea eax, [rsi + imm]" instead. */
  p[1] = 0x86;
  total = 0;
  for (int k = 0; k < 3; k++) total += ((int (*)(int, int))p)(1, 100 + k);
  printf("patched total=%ld\n", total);
  if (mprotect(p, 4096, PROT_READ | PROT_EXEC) != 0) { printf("mprotect failed\n"); return 1; }
  printf("rx call=%d\n", ((int (*)(int, int))p)(7, 9));
  munmap(p, 4096);
  return 0;
}

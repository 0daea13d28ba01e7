/* A bytecode VM with a dense switch (jump table) and a sparse switch. */
#include <stdio.h>
enum { PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, DEC, POP, HALT, PRINT, XOR, SHL, MOD };
static int sparse(int x) { switch (x) { case 1: return 10; case 100: return 20; case 1000: return 30; case 5000: return 40; case -7: return 50; default: return x & 3; } }
int main(void) {
  int prog[] = {PUSH, 0, PUSH, 30000, /*loop*/ SWAP, PUSH, 3, MUL, PUSH, 7, ADD, PUSH, 1000003, MOD, SWAP, DEC, DUP, JNZ, 4, POP, PRINT, HALT};
  long st[64]; int sp = 0, pc = 0; long steps = 0;
  for (;;) { steps++;
    switch (prog[pc++]) {
    case PUSH: st[sp++] = prog[pc++]; break;
    case ADD: sp--; st[sp-1] += st[sp]; break;
    case SUB: sp--; st[sp-1] -= st[sp]; break;
    case MUL: sp--; st[sp-1] *= st[sp]; break;
    case MOD: sp--; st[sp-1] %= st[sp]; break;
    case XOR: sp--; st[sp-1] ^= st[sp]; break;
    case SHL: sp--; st[sp-1] <<= st[sp]; break;
    case DUP: st[sp] = st[sp-1]; sp++; break;
    case SWAP: { long t = st[sp-1]; st[sp-1] = st[sp-2]; st[sp-2] = t; } break;
    case JNZ: if (st[--sp]) pc = prog[pc]; else pc++; break;
    case DEC: st[sp-1]--; break;
    case POP: sp--; break;
    case PRINT: printf("result=%ld steps=%ld\n", st[sp-1], steps); break;
    case HALT: goto done;
    }
  }
done:;
  long s = 0; for (int i = -10; i < 6000; i++) s += sparse(i); printf("sparse=%ld\n", s);
  return 0;
}

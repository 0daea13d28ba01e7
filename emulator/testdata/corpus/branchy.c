/* Branch-heavy code as an -O0 build runs it: a tiny stack VM with a switch
 * per instruction, a tokenizer with character classes, and Collatz runs.
 * argv[1] = rounds. */
#include <stdio.h>
#include <stdlib.h>

enum { PUSH, ADD, SUB, MUL, DUP, SWAP, JNZ, DEC, POP, HALT };

static long vm(long n) {
	/* stack [a, n]: while n != 0 { a = (a*3 + 7) mod p; n-- }; the answer is a */
	static const int code[] = {DUP, JNZ, 4, HALT, SWAP, PUSH, 3, MUL, PUSH, 7, ADD, SWAP, DEC, PUSH, 1, JNZ, 0};
	long st[16];
	int sp = 0, pc = 0;
	st[sp++] = 1;
	st[sp++] = n;
	for (;;) {
		if (sp < 0 || sp > 14) return -2;
		switch (code[pc++]) {
		case PUSH: st[sp++] = code[pc++]; break;
		case ADD: sp--; st[sp - 1] += st[sp]; break;
		case SUB: sp--; st[sp - 1] -= st[sp]; break;
		case MUL: sp--; st[sp - 1] = (st[sp - 1] * st[sp]) % 1000003; break;
		case DUP: st[sp] = st[sp - 1]; sp++; break;
		case SWAP: { long t = st[sp - 1]; st[sp - 1] = st[sp - 2]; st[sp - 2] = t; } break;
		case JNZ: if (st[--sp] != 0) pc = code[pc]; else pc++; break;
		case DEC: st[sp - 1]--; break;
		case POP: sp--; break;
		case HALT: return st[0];
		default: return -1;
		}
	}
}

static int classify(int c) {
	if (c >= '0' && c <= '9') return 1;
	if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_') return 2;
	if (c == ' ' || c == '\t' || c == '\n') return 0;
	if (c == '(' || c == ')' || c == '{' || c == '}') return 3;
	return 4;
}

static int tokens(const char *s) {
	int n = 0, prev = 0;
	for (; *s; s++) {
		int k = classify(*s);
		if (k != prev || k >= 3) {
			if (k != 0) n++;
		}
		prev = k;
	}
	return n;
}

static int collatz(long x) {
	int steps = 0;
	while (x != 1) {
		if (x & 1) x = 3 * x + 1;
		else x >>= 1;
		steps++;
	}
	return steps;
}

int main(int argc, char **argv) {
	int rounds = argc > 1 ? atoi(argv[1]) : 3;
	if (rounds <= 0) rounds = 3;
	const char *src = "int main(void) { return f(x_1, 42) + g(y) * 7; } /* comment */ while (i < 10) { i++; }";
	long vmsum = 0, toks = 0, coll = 0;
	for (int r = 0; r < rounds; r++) {
		vmsum += vm(200 + r % 50);
		toks += tokens(src);
		for (long x = 1; x < 300; x++) coll += collatz(x + r);
	}
	printf("vm %ld tokens %ld collatz %ld\n", vmsum, toks, coll);
	return 0;
}

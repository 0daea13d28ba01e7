/* A brainfuck interpreter running an embedded program. */
#include <stdio.h>
#include <string.h>
int main(void) {
  const char *prog = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++.";
  const char *sq = "++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]";
  unsigned char tape[30000]; const char *progs[2] = {prog, sq};
  for (int k = 0; k < 2; k++) {
    memset(tape, 0, sizeof tape); unsigned char *p = tape; int n = strlen(progs[k]); long steps = 0;
    for (int pc = 0; pc < n; pc++) { steps++;
      switch (progs[k][pc]) {
      case '>': p++; break; case '<': p--; break; case '+': (*p)++; break; case '-': (*p)--; break;
      case '.': putchar(*p); break;
      case '[': if (!*p) { int d = 1; while (d) { pc++; d += progs[k][pc] == '['; d -= progs[k][pc] == ']'; } } break;
      case ']': if (*p) { int d = 1; while (d) { pc--; d -= progs[k][pc] == '['; d += progs[k][pc] == ']'; } } break; } }
    printf("steps=%ld\n", steps);
  }
  return 0;
}

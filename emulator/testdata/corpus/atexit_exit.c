/* atexit handlers run in reverse order; exit status from exit(). */
#include <stdio.h>
#include <stdlib.h>
static void h1(void) { printf("handler 1\n"); }
static void h2(void) { printf("handler 2\n"); fflush(stdout); }
int main(void) { atexit(h1); atexit(h2); printf("main\n"); exit(42); }

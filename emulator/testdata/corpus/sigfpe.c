/* Integer division by zero ends the process with SIGFPE. */
#include <stdio.h>
int main(void) { volatile int z = 0; printf("before\n"); fflush(stdout); return 10 / z; }

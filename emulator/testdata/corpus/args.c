/* argv/envp handling and exit status from argc. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv, char **envp) {
  for (int i = 0; i < argc; i++) printf("argv[%d]=%s len=%zu\n", i, i == 0 ? "(prog)" : argv[i], strlen(argv[i]));
  int n = 0;
  for (char **e = envp; *e; e++) n++;
  printf("envc>=%d CORPUS=%s\n", n > 0, getenv("CORPUS") ? getenv("CORPUS") : "(unset)");
  return argc + 10;
}

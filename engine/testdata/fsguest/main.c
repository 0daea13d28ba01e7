// fsguest exercises the engine's scratch file system through wasi-libc.
// argv[1] picks a scenario; every result is printed, so the engine tests
// compare outputs (and two runs' outputs) rather than trust exit codes.
// Built by the engine tests with clang --target=wasm32-wasi.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void check(const char *what, int ok) {
  if (ok) {
    printf("%s: ok\n", what);
  } else {
    printf("%s: errno %d\n", what, errno);
  }
  errno = 0;
}

// expect prints the errno a call failed with, or "succeeded".
static void expect(const char *what, int r) {
  if (r < 0) {
    printf("%s: errno %d\n", what, errno);
  } else {
    printf("%s: succeeded\n", what);
  }
  errno = 0;
}

static void stat_line(const char *path, int follow) {
  struct stat st;
  int r = follow ? stat(path, &st) : lstat(path, &st);
  if (r < 0) {
    printf("stat %s: errno %d\n", path, errno);
    return;
  }
  printf("stat %s: ino=%llu mode=%o nlink=%llu size=%lld mtime=%lld.%09ld atime=%lld.%09ld\n",
         path, (unsigned long long)st.st_ino, st.st_mode & S_IFMT,
         (unsigned long long)st.st_nlink, (long long)st.st_size,
         (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec,
         (long long)st.st_atim.tv_sec, st.st_atim.tv_nsec);
}

static void list(const char *path) {
  DIR *d = opendir(path);
  if (!d) {
    printf("opendir %s: errno %d\n", path, errno);
    return;
  }
  printf("list %s:", path);
  struct dirent *e;
  while ((e = readdir(d)) != NULL) {
    printf(" %s(%llu,%d)", e->d_name, (unsigned long long)e->d_ino, e->d_type);
  }
  printf("\n");
  closedir(d);
}

static void cat(const char *path) {
  FILE *f = fopen(path, "r");
  if (!f) {
    printf("cat %s: errno %d\n", path, errno);
    return;
  }
  char buf[256];
  size_t n = fread(buf, 1, sizeof buf - 1, f);
  buf[n] = 0;
  printf("cat %s: %zu [%s]\n", path, n, buf);
  fclose(f);
}

static int put(const char *path, const char *data) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0) return -1;
  ssize_t n = write(fd, data, strlen(data));
  close(fd);
  return n == (ssize_t)strlen(data) ? 0 : -1;
}

static void basic(void) {
  // create, write, read back, seek/tell
  int fd = open("/tmp/a.txt", O_RDWR | O_CREAT | O_EXCL, 0644);
  check("open excl", fd >= 0);
  check("write", write(fd, "hello world", 11) == 11);
  printf("tell after write: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
  printf("seek end-5: %lld\n", (long long)lseek(fd, -5, SEEK_END));
  char buf[32] = {0};
  ssize_t n = read(fd, buf, sizeof buf);
  printf("read: %zd [%.*s]\n", n, (int)n, buf);
  printf("read at eof: %zd\n", read(fd, buf, sizeof buf));
  expect("seek negative", (int)lseek(fd, -100, SEEK_SET));
  // pwrite past the end zero-fills, pread leaves the offset alone
  check("pwrite", pwrite(fd, "!", 1, 15) == 1);
  memset(buf, 'x', sizeof buf);
  n = pread(fd, buf, sizeof buf, 9);
  printf("pread: %zd", n);
  for (ssize_t i = 0; i < n; i++) printf(" %02x", (unsigned char)buf[i]);
  printf("\ntell after pread: %lld\n", (long long)lseek(fd, 0, SEEK_CUR));
  // truncate shrinks, then grows with zeros
  check("ftruncate 4", ftruncate(fd, 4) == 0);
  check("ftruncate 6", ftruncate(fd, 6) == 0);
  close(fd);
  stat_line("/tmp/a.txt", 1);
  expect("open excl again", open("/tmp/a.txt", O_RDWR | O_CREAT | O_EXCL, 0644));
  expect("open missing", open("/tmp/missing", O_RDONLY));

  // append
  fd = open("/tmp/a.txt", O_WRONLY | O_APPEND);
  check("open append", fd >= 0);
  lseek(fd, 0, SEEK_SET);
  check("append", write(fd, "AB", 2) == 2);
  close(fd);
  fd = open("/tmp/a.txt", O_RDONLY);
  n = read(fd, buf, sizeof buf);
  printf("after append: %zd", n);
  for (ssize_t i = 0; i < n; i++) printf(" %02x", (unsigned char)buf[i]);
  printf("\n");
  expect("write to read-only fd", (int)write(fd, "x", 1));
  close(fd);
  check("truncate path", truncate("/tmp/a.txt", 1) == 0);
  cat("/tmp/a.txt");

  // directories: listing order, rmdir, rename, unlink
  check("mkdir d", mkdir("/tmp/d", 0755) == 0);
  expect("mkdir d again", mkdir("/tmp/d", 0755));
  const char *names[] = {"zeta", "alpha", "Mid", "beta", "_x"};
  for (int i = 0; i < 5; i++) {
    char p[64];
    snprintf(p, sizeof p, "/tmp/d/%s", names[i]);
    put(p, names[i]);
  }
  check("mkdir d/sub", mkdir("/tmp/d/sub", 0755) == 0);
  list("/tmp/d");
  expect("rmdir non-empty", rmdir("/tmp/d"));
  expect("rmdir file", rmdir("/tmp/d/alpha"));
  expect("unlink dir", unlink("/tmp/d/sub"));
  check("rename file", rename("/tmp/d/alpha", "/tmp/d/omega") == 0);
  check("rename replace", rename("/tmp/d/beta", "/tmp/d/omega") == 0);
  cat("/tmp/d/omega");
  expect("rename dir into itself", rename("/tmp/d", "/tmp/d/sub/x"));
  expect("rename dir over file", rename("/tmp/d/sub", "/tmp/d/omega"));
  check("rename dir", rename("/tmp/d/sub", "/tmp/sub2") == 0);
  check("unlink", unlink("/tmp/d/zeta") == 0);
  expect("unlink again", unlink("/tmp/d/zeta"));
  list("/tmp/d");
  check("rmdir empty", rmdir("/tmp/sub2") == 0);

  // symlinks and hard links
  check("symlink", symlink("d/omega", "/tmp/link") == 0);
  char target[64] = {0};
  n = readlink("/tmp/link", target, sizeof target - 1);
  printf("readlink: %zd [%s]\n", n, target);
  cat("/tmp/link");
  stat_line("/tmp/link", 0);
  stat_line("/tmp/link", 1);
  check("symlink loop a", symlink("loopb", "/tmp/loopa") == 0);
  check("symlink loop b", symlink("loopa", "/tmp/loopb") == 0);
  expect("open loop", open("/tmp/loopa", O_RDONLY));
  expect("open nofollow", open("/tmp/link", O_RDONLY | O_NOFOLLOW));
  check("link", link("/tmp/d/omega", "/tmp/hard") == 0);
  stat_line("/tmp/hard", 1);
  check("unlink original", unlink("/tmp/d/omega") == 0);
  cat("/tmp/hard");
  expect("dangling", open("/tmp/link", O_RDONLY));

  // times: set, then read back
  struct timespec ts[2] = {{100, 5}, {200, 7}};
  check("utimensat", utimensat(AT_FDCWD, "/tmp/hard", ts, 0) == 0);
  stat_line("/tmp/hard", 1);
  list("/tmp");
  stat_line("/tmp", 1);
}

// mount prints the mounted tree at /data, then changes it.
static void mount(void) {
  list("/data");
  stat_line("/data/in.txt", 1);
  stat_line("/data/sub", 1);
  stat_line("/data/sub/deep.txt", 1);
  cat("/data/in.txt");
  cat("/data/sub/deep.txt");
  check("overwrite mounted file", put("/data/in.txt", "changed by the guest") == 0);
  check("create in mount", put("/data/new.txt", "new") == 0);
  check("remove mounted file", unlink("/data/sub/deep.txt") == 0);
  cat("/data/in.txt");
  list("/data");
  list("/data/sub");
}

// tmp lists /tmp and notes a marker left there, then leaves one: a second
// run must not find it.
static void tmp(void) {
  list("/tmp");
  cat("/tmp/marker");
  check("leave marker", put("/tmp/marker", "from an earlier run") == 0);
}

// fill writes 64 KiB blocks until the write fails.
static void fill(void) {
  static char block[65536];
  memset(block, 'z', sizeof block);
  int fd = open("/tmp/big", O_WRONLY | O_CREAT, 0644);
  long long total = 0;
  for (;;) {
    ssize_t n = write(fd, block, sizeof block);
    if (n < 0) {
      printf("write failed after %lld bytes: errno %d (ENOSPC=%d)\n", total, errno, ENOSPC);
      break;
    }
    total += n;
  }
  expect("mkdir when full", mkdir("/tmp/more", 0755));
  check("truncate frees", ftruncate(fd, 0) == 0);
  expect("write at the old offset", (int)write(fd, block, sizeof block));
  lseek(fd, 0, SEEK_SET);
  check("write after truncate", write(fd, block, sizeof block) == sizeof block);
  close(fd);
  // Memory is shared with the files: a file holding most of the limit
  // leaves malloc little.
  fd = open("/tmp/big2", O_WRONLY | O_CREAT, 0644);
  for (;;) {
    if (write(fd, block, sizeof block) < 0) break;
  }
  close(fd);
  // volatile: the compiler may otherwise drop a malloc whose result is
  // only compared with NULL.
  char *volatile p = malloc(1 << 20);
  if (p) p[12345] = 1;
  printf("malloc 1 MiB with the files full: %s\n", p ? "ok" : "NULL");
}

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IOFBF, 1 << 16);
  const char *mode = argc > 1 ? argv[1] : "";
  if (strcmp(mode, "basic") == 0) {
    basic();
  } else if (strcmp(mode, "mount") == 0) {
    mount();
  } else if (strcmp(mode, "tmp") == 0) {
    tmp();
  } else if (strcmp(mode, "fill") == 0) {
    fill();
  } else {
    printf("unknown mode %s\n", mode);
    return 2;
  }
  return 0;
}

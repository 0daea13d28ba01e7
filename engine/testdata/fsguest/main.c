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
#include <wasi/api.h>

// IGNORE discards a result deliberately (wasi/api.h marks them must-use).
#define IGNORE(x) ((void)!(x))

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


// probe prints only errnos and sizes (nothing host-specific) for edge cases
// of the WASI file calls, so that its output can be compared between
// implementations. It works in the preopen named root.
static void probe(const char *root) {
  char p[256];
#define P(rel) (snprintf(p, sizeof p, "%s/%s", root, rel), p)
  __wasi_fd_t pre = 3;
  __wasi_prestat_t ps;
  for (pre = 3; pre < 16; pre++) {
    char name[64] = {0};
    if (__wasi_fd_prestat_get(pre, &ps) != 0) continue;
    if (__wasi_fd_prestat_dir_name(pre, (uint8_t *)name, sizeof name - 1) != 0) continue;
    if (strcmp(name, root) == 0) break;
  }
  printf("prestat name len %u\n", (unsigned)ps.u.dir.pr_name_len);
  printf("prestat_dir_name short buffer: %d\n", __wasi_fd_prestat_dir_name(pre, (uint8_t *)p, 1));
  __wasi_fdstat_t fst;
  printf("fdstat preopen: %d type %d flags %d base %llx inh %llx\n", __wasi_fd_fdstat_get(pre, &fst),
         fst.fs_filetype, fst.fs_flags, (unsigned long long)fst.fs_rights_base,
         (unsigned long long)fst.fs_rights_inheriting);
  __wasi_filesize_t pos;
  printf("seek on dir: %d\n", __wasi_fd_seek(pre, 0, __WASI_WHENCE_CUR, &pos));
  printf("tell on dir: %d\n", __wasi_fd_tell(pre, &pos));
  char buf[64];
  __wasi_iovec_t iov = {(uint8_t *)buf, sizeof buf};
  __wasi_ciovec_t ciov = {(const uint8_t *)"xy", 2};
  size_t n;
  printf("read on dir: %d\n", __wasi_fd_read(pre, &iov, 1, &n));
  printf("write on dir: %d\n", __wasi_fd_write(pre, &ciov, 1, &n));
  printf("pread on dir: %d\n", __wasi_fd_pread(pre, &iov, 1, 0, &n));
  printf("allocate on dir: %d\n", __wasi_fd_allocate(pre, 0, 1));
  printf("advise on dir: %d\n", __wasi_fd_advise(pre, 0, 1, __WASI_ADVICE_NORMAL));
  printf("set_size on dir: %d\n", __wasi_fd_filestat_set_size(pre, 0));
  printf("set_flags on dir: %d\n", __wasi_fd_fdstat_set_flags(pre, 0));
  printf("sync on dir: %d\n", __wasi_fd_sync(pre));
  printf("datasync on dir: %d\n", __wasi_fd_datasync(pre));
  __wasi_filestat_t fs;
  printf("filestat on dir: %d type %d\n", __wasi_fd_filestat_get(pre, &fs), fs.filetype);

  __wasi_fd_t f;
  __wasi_rights_t rw = __WASI_RIGHTS_FD_READ | __WASI_RIGHTS_FD_WRITE | __WASI_RIGHTS_FD_SEEK |
                       __WASI_RIGHTS_FD_TELL | __WASI_RIGHTS_FD_FILESTAT_GET |
                       __WASI_RIGHTS_FD_FILESTAT_SET_SIZE;
  printf("create file: %d\n", __wasi_path_open(pre, 0, "f", __WASI_OFLAGS_CREAT, rw, 0, 0, &f));
  printf("fdstat rw file: %d type %d flags %d base %llx inh %llx\n", __wasi_fd_fdstat_get(f, &fst),
         fst.fs_filetype, fst.fs_flags, (unsigned long long)fst.fs_rights_base,
         (unsigned long long)fst.fs_rights_inheriting);
  printf("write: %d\n", __wasi_fd_write(f, &ciov, 1, &n));
  printf("allocate on file: %d\n", __wasi_fd_allocate(f, 0, 100));
  printf("advise on file: %d\n", __wasi_fd_advise(f, 0, 1, __WASI_ADVICE_SEQUENTIAL));
  printf("seek negative: %d\n", __wasi_fd_seek(f, -10, __WASI_WHENCE_CUR, &pos));
  printf("seek past end: %d %llu\n", __wasi_fd_seek(f, 10, __WASI_WHENCE_END, &pos), (unsigned long long)pos);
  printf("set_flags append: %d\n", __wasi_fd_fdstat_set_flags(f, __WASI_FDFLAGS_APPEND));
  printf("set_flags sync: %d\n", __wasi_fd_fdstat_set_flags(f, __WASI_FDFLAGS_SYNC));
  printf("set_flags nonblock: %d\n", __wasi_fd_fdstat_set_flags(f, __WASI_FDFLAGS_NONBLOCK));
  IGNORE(__wasi_fd_fdstat_get(f, &fst));
  printf("fdstat flags now %d\n", fst.fs_flags);
  printf("set_rights: %d\n", __wasi_fd_fdstat_set_rights(f, 0, 0));
  printf("readdir on file: %d\n", __wasi_fd_readdir(f, (uint8_t *)buf, sizeof buf, 0, &n));
  printf("path_open on file: %d\n", __wasi_path_open(f, 0, "x", 0, rw, 0, 0, &f));
  printf("set_times both: %d\n", __wasi_fd_filestat_set_times(f, 1, 1, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_ATIM_NOW));
  printf("set_times ok: %d\n", __wasi_fd_filestat_set_times(f, 1, 2, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM));
  IGNORE(__wasi_fd_filestat_get(f, &fs));
  printf("times: %llu %llu size %llu nlink %llu\n", (unsigned long long)fs.atim, (unsigned long long)fs.mtim,
         (unsigned long long)fs.size, (unsigned long long)fs.nlink);
  printf("close: %d\n", __wasi_fd_close(f));
  printf("close again: %d\n", __wasi_fd_close(f));

  __wasi_fd_t r;
  printf("open read-only: %d\n", __wasi_path_open(pre, 0, "f", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("fdstat ro file: base %llx\n", (IGNORE(__wasi_fd_fdstat_get(r, &fst)), (unsigned long long)fst.fs_rights_base));
  printf("write ro: %d\n", __wasi_fd_write(r, &ciov, 1, &n));
  printf("set_size ro: %d\n", __wasi_fd_filestat_set_size(r, 0));
  printf("set_times ro: %d\n", __wasi_fd_filestat_set_times(r, 0, 0, __WASI_FSTFLAGS_MTIM_NOW));
  __wasi_fd_t w;
  printf("open write-only: %d\n", __wasi_path_open(pre, 0, "f", 0, __WASI_RIGHTS_FD_WRITE, 0, 0, &w));
  printf("read wo: %d\n", __wasi_fd_read(w, &iov, 1, &n));
  printf("renumber to closed: %d\n", __wasi_fd_renumber(w, 40));
  printf("renumber: %d\n", __wasi_fd_renumber(w, r));
  printf("read after renumber: %d\n", __wasi_fd_read(r, &iov, 1, &n));
  printf("old fd after renumber: %d\n", __wasi_fd_close(w));
  IGNORE(__wasi_fd_close(r));
  printf("open trunc ro: %d\n", __wasi_path_open(pre, 0, "f", __WASI_OFLAGS_TRUNC, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  IGNORE(__wasi_fd_close(r));
  printf("open dir|creat: %d\n", __wasi_path_open(pre, 0, "g", __WASI_OFLAGS_DIRECTORY | __WASI_OFLAGS_CREAT, rw, 0, 0, &r));
  printf("open file as dir: %d\n", __wasi_path_open(pre, 0, "f", __WASI_OFLAGS_DIRECTORY, 0, 0, 0, &r));
  printf("open f/: %d\n", __wasi_path_open(pre, 0, "f/", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open f/.: %d\n", __wasi_path_open(pre, 0, "f/.", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open empty: %d\n", __wasi_path_open(pre, 0, "", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open absolute: %d\n", __wasi_path_open(pre, 0, "/f", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open ..: %d\n", __wasi_path_open(pre, 0, "..", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open d/../..: %d\n", __wasi_path_open(pre, 0, "f/../..", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open excl existing: %d\n", __wasi_path_open(pre, 0, "f", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, rw, 0, 0, &r));
  printf("open missing: %d\n", __wasi_path_open(pre, 0, "nope", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open missing/x: %d\n", __wasi_path_open(pre, 0, "nope/x", __WASI_OFLAGS_CREAT, rw, 0, 0, &r));
  printf("open creat trailing slash: %d\n", __wasi_path_open(pre, 0, "new/", __WASI_OFLAGS_CREAT, rw, 0, 0, &r));
  printf("mkdir d: %d\n", __wasi_path_create_directory(pre, "d"));
  printf("open dir for write: %d\n", __wasi_path_open(pre, 0, "d", 0, rw, 0, 0, &r));
  printf("open dir creat: %d\n", __wasi_path_open(pre, 0, "d", __WASI_OFLAGS_CREAT, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open dir trunc: %d\n", __wasi_path_open(pre, 0, "d", __WASI_OFLAGS_TRUNC, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  __wasi_fd_t d;
  printf("open dir: %d\n", __wasi_path_open(pre, 0, "d", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR, 0, 0, &d));
  printf("fdstat dir: %d type %d base %llx inh %llx\n", __wasi_fd_fdstat_get(d, &fst), fst.fs_filetype,
         (unsigned long long)fst.fs_rights_base, (unsigned long long)fst.fs_rights_inheriting);
  printf("open dir plain: %d\n", __wasi_path_open(pre, 0, "d", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  IGNORE(__wasi_fd_close(r));
  printf("open d/..: %d\n", __wasi_path_open(d, 0, "..", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("prestat on opened dir: %d\n", __wasi_fd_prestat_get(d, &ps));
  printf("mkdir .: %d\n", __wasi_path_create_directory(pre, "."));
  printf("mkdir d/: %d\n", __wasi_path_create_directory(pre, "d/"));
  printf("mkdir d/e/: %d\n", __wasi_path_create_directory(pre, "d/e/"));
  printf("mkdir f/x: %d\n", __wasi_path_create_directory(pre, "f/x"));
  printf("rmdir d: %d\n", __wasi_path_remove_directory(pre, "d"));
  printf("rmdir d/e: %d\n", __wasi_path_remove_directory(pre, "d/e"));
  printf("rmdir f: %d\n", __wasi_path_remove_directory(pre, "f"));
  printf("rmdir f/: %d\n", __wasi_path_remove_directory(pre, "f/"));
  printf("rmdir .: %d\n", __wasi_path_remove_directory(pre, "."));
  printf("rmdir missing: %d\n", __wasi_path_remove_directory(pre, "nope"));
  printf("unlink d: %d\n", __wasi_path_unlink_file(pre, "d"));
  printf("unlink d/: %d\n", __wasi_path_unlink_file(pre, "d/"));
  printf("unlink f/: %d\n", __wasi_path_unlink_file(pre, "f/"));
  printf("unlink missing: %d\n", __wasi_path_unlink_file(pre, "nope"));
  printf("rename f/ x: %d\n", __wasi_path_rename(pre, "f/", pre, "x"));
  printf("rename d d/e: %d\n", __wasi_path_rename(pre, "d", pre, "d/e"));
  printf("rename d f: %d\n", __wasi_path_rename(pre, "d", pre, "f"));
  printf("rename f d: %d\n", __wasi_path_rename(pre, "f", pre, "d"));
  printf("mkdir e: %d\n", __wasi_path_create_directory(pre, "e"));
  printf("mkdir e/x: %d\n", __wasi_path_create_directory(pre, "e/x"));
  printf("rename d e (non-empty): %d\n", __wasi_path_rename(pre, "d", pre, "e"));
  printf("rename d/ e2/: %d\n", __wasi_path_rename(pre, "d/", pre, "e2/"));
  printf("rename missing: %d\n", __wasi_path_rename(pre, "nope", pre, "x"));
  printf("rename ..: %d\n", __wasi_path_rename(pre, "f", pre, "../f"));
  printf("symlink: %d\n", __wasi_path_symlink("f", pre, "l"));
  printf("symlink existing: %d\n", __wasi_path_symlink("f", pre, "l"));
  printf("symlink trailing slash: %d\n", __wasi_path_symlink("f", pre, "l2/"));
  printf("symlink absolute: %d\n", __wasi_path_symlink("/etc", pre, "abs"));
  IGNORE(__wasi_path_symlink("../f", pre, "e/up"));
  printf("symlink through ..: %d\n", __wasi_path_open(pre, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "e/up", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("symlink escape: %d\n", __wasi_path_symlink("../..", pre, "esc"));
  printf("symlink dangling: %d\n", __wasi_path_symlink("nothing", pre, "dang"));
  printf("symlink to dir: %d\n", __wasi_path_symlink("e", pre, "le"));
  printf("open abs link: %d\n", __wasi_path_open(pre, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "abs", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open escape link: %d\n", __wasi_path_open(pre, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "esc", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open dangling follow: %d\n", __wasi_path_open(pre, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "dang", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open dangling nofollow: %d\n", __wasi_path_open(pre, 0, "dang", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open dangling creat: %d\n", __wasi_path_open(pre, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "dang", __WASI_OFLAGS_CREAT, rw, 0, 0, &r));
  printf("open dangling creat excl: %d\n", __wasi_path_open(pre, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "dang", __WASI_OFLAGS_CREAT | __WASI_OFLAGS_EXCL, rw, 0, 0, &r));
  printf("open link nofollow dir: %d\n", __wasi_path_open(pre, 0, "le", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open link/ nofollow: %d\n", __wasi_path_open(pre, 0, "le/", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  IGNORE(__wasi_fd_close(r));
  printf("open link follow dir: %d\n", __wasi_path_open(pre, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "l", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("filestat link nofollow: %d type %d size %llu\n", __wasi_path_filestat_get(pre, 0, "l", &fs), fs.filetype, (unsigned long long)fs.size);
  printf("filestat link follow: %d type %d size %llu\n", __wasi_path_filestat_get(pre, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "l", &fs), fs.filetype, (unsigned long long)fs.size);
  printf("filestat f/: %d\n", __wasi_path_filestat_get(pre, 0, "f/", &fs));
  printf("filestat dangling follow: %d\n", __wasi_path_filestat_get(pre, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "dang", &fs));
  printf("set_times path both: %d\n", __wasi_path_filestat_set_times(pre, 0, "f", 0, 0, __WASI_FSTFLAGS_MTIM | __WASI_FSTFLAGS_MTIM_NOW));
  printf("set_times path: %d\n", __wasi_path_filestat_set_times(pre, 0, "f", 5, 6, __WASI_FSTFLAGS_ATIM | __WASI_FSTFLAGS_MTIM));
  IGNORE(__wasi_path_filestat_get(pre, 0, "f", &fs));
  printf("path times: %llu %llu\n", (unsigned long long)fs.atim, (unsigned long long)fs.mtim);
  uint8_t lb[64];
  printf("readlink: %d", __wasi_path_readlink(pre, "l", lb, sizeof lb, &n));
  printf(" %zu\n", n);
  printf("readlink short: %d", __wasi_path_readlink(pre, "e/up", lb, 2, &n));
  printf(" %zu\n", n);
  printf("readlink file: %d\n", __wasi_path_readlink(pre, "f", lb, sizeof lb, &n));
  printf("readlink missing: %d\n", __wasi_path_readlink(pre, "nope", lb, sizeof lb, &n));
  printf("unlink link to dir: %d\n", __wasi_path_unlink_file(pre, "le"));
  printf("rmdir link: %d\n", __wasi_path_remove_directory(pre, "l"));
  printf("link: %d\n", __wasi_path_link(pre, 0, "f", pre, "h"));
  printf("link follow: %d\n", __wasi_path_link(pre, __WASI_LOOKUPFLAGS_SYMLINK_FOLLOW, "f", pre, "h2"));
  printf("link dir: %d\n", __wasi_path_link(pre, 0, "e", pre, "h3"));
  printf("link existing: %d\n", __wasi_path_link(pre, 0, "f", pre, "h"));
  printf("link symlink: %d\n", __wasi_path_link(pre, 0, "l", pre, "h4"));
  IGNORE(__wasi_path_filestat_get(pre, 0, "f", &fs));
  printf("nlink f: %llu\n", (unsigned long long)fs.nlink);
  IGNORE(__wasi_path_filestat_get(pre, 0, "e", &fs));
  printf("nlink e: %llu size %llu\n", (unsigned long long)fs.nlink, (unsigned long long)fs.size);

  // readdir with small buffers and cookies
  __wasi_fd_t dd;
  IGNORE(__wasi_path_open(pre, 0, ".", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR, 0, 0, &dd));
  uint8_t rb[512];
  printf("readdir: %d", __wasi_fd_readdir(dd, rb, sizeof rb, 0, &n));
  printf(" used %zu:", n);
  size_t off = 0;
  __wasi_dircookie_t second = 0;
  int k = 0;
  while (off + sizeof(__wasi_dirent_t) <= n) {
    __wasi_dirent_t de;
    memcpy(&de, rb + off, sizeof de);
    off += sizeof de;
    printf(" %.*s(t%d,c%llu)", (int)de.d_namlen, (char *)rb + off, de.d_type, (unsigned long long)de.d_next);
    off += de.d_namlen;
    if (++k == 2) second = de.d_next;
  }
  printf("\n");
  printf("readdir tiny: %d", __wasi_fd_readdir(dd, rb, 10, 0, &n));
  printf(" used %zu\n", n);
  printf("readdir from cookie: %d", __wasi_fd_readdir(dd, rb, sizeof rb, second, &n));
  __wasi_dirent_t de;
  memcpy(&de, rb, sizeof de);
  printf(" first %.*s\n", (int)de.d_namlen, (char *)rb + sizeof de);
  printf("readdir past end: %d", __wasi_fd_readdir(dd, rb, sizeof rb, 1000, &n));
  printf(" used %zu\n", n);

  // append mode and positional writes, scattered reads
  __wasi_fd_t a;
  printf("open append: %d\n", __wasi_path_open(pre, 0, "ap", __WASI_OFLAGS_CREAT, rw, 0, __WASI_FDFLAGS_APPEND, &a));
  __wasi_ciovec_t c3[2] = {{(const uint8_t *)"abc", 3}, {(const uint8_t *)"de", 2}};
  printf("writev append: %d", __wasi_fd_write(a, c3, 2, &n));
  printf(" %zu\n", n);
  printf("pwrite append: %d", __wasi_fd_pwrite(a, c3, 1, 0, &n));
  printf(" %zu\n", n);
  printf("tell append: %d", __wasi_fd_tell(a, &pos));
  printf(" %llu\n", (unsigned long long)pos);
  char b1[2], b2[10];
  __wasi_iovec_t i2[2] = {{(uint8_t *)b1, 2}, {(uint8_t *)b2, 10}};
  printf("preadv: %d", __wasi_fd_pread(a, i2, 2, 1, &n));
  printf(" %zu [%.2s|%.*s]\n", n, b1, (int)(n > 2 ? n - 2 : 0), b2);
  printf("pread past end: %d", __wasi_fd_pread(a, i2, 2, 100, &n));
  printf(" %zu\n", n);
  printf("pwrite far: %d", __wasi_fd_pwrite(a, c3, 1, 1ull << 62, &n));
  printf(" %zu\n", n);
  printf("seek far: %d\n", __wasi_fd_seek(a, (__wasi_filedelta_t)(1ull << 62), __WASI_WHENCE_SET, &pos));
  printf("set_size far: %d\n", __wasi_fd_filestat_set_size(a, 1ull << 62));
  IGNORE(__wasi_fd_filestat_get(a, &fs));
  printf("append size: %llu\n", (unsigned long long)fs.size);
  IGNORE(__wasi_fd_close(a));
  printf("open sync flag: %d\n", __wasi_path_open(pre, 0, "ap", 0, rw, 0, __WASI_FDFLAGS_SYNC, &a));
  IGNORE(__wasi_fd_close(a));
  printf("open dsync flag: %d\n", __wasi_path_open(pre, 0, "ap", 0, rw, 0, __WASI_FDFLAGS_DSYNC, &a));
  IGNORE(__wasi_fd_close(a));
  printf("open rsync flag: %d\n", __wasi_path_open(pre, 0, "ap", 0, rw, 0, __WASI_FDFLAGS_RSYNC, &a));
  IGNORE(__wasi_fd_close(a));
  printf("open nonblock: %d\n", __wasi_path_open(pre, 0, "ap", 0, rw, 0, __WASI_FDFLAGS_NONBLOCK, &a));
  IGNORE(__wasi_fd_fdstat_get(a, &fst));
  printf("nonblock flags: %d\n", fst.fs_flags);
  IGNORE(__wasi_fd_close(a));
  printf("open trunc rw: %d\n", __wasi_path_open(pre, 0, "ap", __WASI_OFLAGS_TRUNC, rw, 0, 0, &a));
  IGNORE(__wasi_fd_filestat_get(a, &fs));
  printf("after trunc size: %llu\n", (unsigned long long)fs.size);
  printf("open . dir: %d\n", __wasi_path_open(pre, 0, ".", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READDIR, 0, 0, &r));
  printf("open ./ap/: %d\n", __wasi_path_open(pre, 0, "./ap/", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open e/../ap: %d\n", __wasi_path_open(pre, 0, "e/../ap", 0, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("open e//x: %d\n", __wasi_path_open(pre, 0, "e//x", __WASI_OFLAGS_DIRECTORY, __WASI_RIGHTS_FD_READ, 0, 0, &r));
  printf("mkdir e//y: %d\n", __wasi_path_create_directory(pre, "e//y"));
  printf("unlink e/../ap: %d\n", __wasi_path_unlink_file(pre, "e/../ap"));
  printf("fdstat bad fd: %d\n", __wasi_fd_fdstat_get(99, &fst));
  printf("filestat bad fd: %d\n", __wasi_fd_filestat_get(99, &fs));
  printf("path_open bad fd: %d\n", __wasi_path_open(99, 0, "x", 0, 0, 0, 0, &r));
  printf("close bad fd: %d\n", __wasi_fd_close(99));
  printf("readdir bad fd: %d\n", __wasi_fd_readdir(99, rb, sizeof rb, 0, &n));
  printf("close preopen: %d\n", __wasi_fd_close(pre));
  printf("prestat closed: %d\n", __wasi_fd_prestat_get(pre, &ps));
  printf("renumber onto closed preopen: %d\n", __wasi_fd_renumber(dd, pre));
  printf("renumber stdio: %d\n", __wasi_fd_renumber(dd, 1));
#undef P
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
  } else if (strcmp(mode, "probe") == 0) {
    // Unbuffered: wasmtime's own WASI (the other side of the comparison)
    // must see every line even if something ends the run early.
    setvbuf(stdout, NULL, _IONBF, 0);
    probe(argc > 2 ? argv[2] : "/data");
  } else if (strcmp(mode, "fill") == 0) {
    fill();
  } else {
    printf("unknown mode %s\n", mode);
    return 2;
  }
  return 0;
}

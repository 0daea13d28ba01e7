/* Files a program writes for itself: in a fresh directory under /tmp it
 * creates, reads back, seeks, truncates, appends, lists (sorted, since host
 * directory order is arbitrary), renames, links, symlinks and removes, and
 * prints results and errors. Output must be the same natively and emulated
 * (the directory's random name is never printed). */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

static void say(const char *what, long r) {
	printf("%-30s %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
}

static int cmp(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *dir) {
	DIR *d = opendir(dir);
	if (!d) { say("opendir", -1); return; }
	char *names[64];
	int n = 0;
	struct dirent *e;
	while ((e = readdir(d)) && n < 64) {
		names[n++] = strdup(e->d_name);
	}
	closedir(d);
	qsort(names, n, sizeof names[0], cmp);
	printf("ls %s:", dir);
	for (int i = 0; i < n; i++) { printf(" %s", names[i]); free(names[i]); }
	printf("\n");
}

static void kind(const char *p) {
	struct stat st;
	if (lstat(p, &st) < 0) { say(p, -1); return; }
	printf("%-12s %s size=%lld nlink=%ld\n", p, S_ISDIR(st.st_mode) ? "dir" : S_ISLNK(st.st_mode) ? "link" : S_ISREG(st.st_mode) ? "file" : "other",
	       (long long)(S_ISDIR(st.st_mode) ? 0 : st.st_size), (long)(S_ISDIR(st.st_mode) ? 0 : st.st_nlink));
}

int main(void) {
	char tmpl[] = "/tmp/emufilesXXXXXX";
	if (!mkdtemp(tmpl)) { perror("mkdtemp"); return 1; }
	say("chdir", chdir(tmpl));
	char cwd[256];
	printf("cwd ends right: %d\n", getcwd(cwd, sizeof cwd) && strcmp(cwd, tmpl) == 0);

	int fd = open("a.txt", O_CREAT | O_RDWR | O_TRUNC, 0644);
	say("create a.txt", fd >= 0);
	say("write", write(fd, "hello, scratch file system\n", 27));
	say("lseek 7", lseek(fd, 7, SEEK_SET));
	char buf[128] = {0};
	say("read 7", read(fd, buf, 7));
	printf("read: [%s]\n", buf);
	say("lseek end", lseek(fd, 0, SEEK_END));
	say("pwrite at 40", pwrite(fd, "tail", 4, 40));
	say("size via lseek", lseek(fd, 0, SEEK_END));
	memset(buf, 0, sizeof buf);
	say("pread hole", pread(fd, buf, 8, 30));
	printf("hole zero: %d\n", buf[0] == 0 && buf[7] == 0);
	say("ftruncate 5", ftruncate(fd, 5));
	close(fd);
	kind("a.txt");

	fd = open("a.txt", O_WRONLY | O_APPEND);
	say("append", write(fd, "+more", 5));
	close(fd);
	fd = open("a.txt", O_RDONLY);
	memset(buf, 0, sizeof buf);
	say("read back", read(fd, buf, sizeof buf - 1));
	printf("content: [%s]\n", buf);
	say("write to O_RDONLY", write(fd, "x", 1));
	close(fd);

	say("O_EXCL existing", open("a.txt", O_CREAT | O_EXCL | O_WRONLY, 0644));
	say("O_DIRECTORY on file", open("a.txt", O_RDONLY | O_DIRECTORY));
	say("open missing", open("missing", O_RDONLY));
	say("mkdir d", mkdir("d", 0755));
	say("mkdir d again", mkdir("d", 0755));
	say("mkdir d/e", mkdir("d/e", 0755));
	fd = open("d/e/f", O_CREAT | O_WRONLY, 0600);
	say("create d/e/f", fd >= 0);
	close(fd);
	say("rmdir non-empty", rmdir("d"));
	say("unlink dir", unlink("d"));
	say("rmdir file", rmdir("a.txt"));
	list(".");
	list("d/e");

	say("rename a->b", rename("a.txt", "b.txt"));
	say("rename missing", rename("a.txt", "c.txt"));
	say("link b->c", link("b.txt", "c.txt"));
	kind("b.txt");
	say("symlink s->b", symlink("b.txt", "s"));
	memset(buf, 0, sizeof buf);
	say("readlink s", readlink("s", buf, sizeof buf));
	printf("target: %s\n", buf);
	kind("s");
	struct stat st;
	say("stat through s", stat("s", &st));
	printf("size through s: %lld\n", (long long)st.st_size);
	say("symlink dangling", symlink("nowhere", "dang"));
	say("open dangling", open("dang", O_RDONLY));
	say("rename dir into itself", rename("d", "d/e/x"));
	say("rename dir over file", rename("d", "b.txt"));
	say("rename file over dir", rename("b.txt", "d"));

	struct timespec ts[2] = {{1000000000, 5}, {1200000000, 7}};
	say("utimensat", utimensat(AT_FDCWD, "c.txt", ts, 0));
	stat("c.txt", &st);
	printf("mtime %lld.%ld atime %lld\n", (long long)st.st_mtim.tv_sec, st.st_mtim.tv_nsec, (long long)st.st_atim.tv_sec);

	fd = open("c.txt", O_RDONLY);
	say("unlink open file", unlink("c.txt"));
	say("unlink b", unlink("b.txt"));
	memset(buf, 0, sizeof buf);
	say("read unlinked", read(fd, buf, sizeof buf - 1));
	printf("still: [%s]\n", buf);
	close(fd);
	say("access gone", access("b.txt", F_OK));

	int dfd = open("d", O_RDONLY | O_DIRECTORY);
	say("openat in dir fd", openat(dfd, "g", O_CREAT | O_WRONLY, 0644) >= 0);
	say("fstatat", fstatat(dfd, "g", &st, 0));
	say("unlinkat dir", unlinkat(dfd, "e", AT_REMOVEDIR));
	say("unlinkat e/f", unlinkat(dfd, "e/f", 0));
	say("unlinkat dir", unlinkat(dfd, "e", AT_REMOVEDIR));
	close(dfd);
	list("d");

	FILE *f = fopen("stdio.txt", "w");
	for (int i = 0; i < 1000; i++) fprintf(f, "line %d\n", i);
	fclose(f);
	f = fopen("stdio.txt", "r");
	long sum = 0;
	int v;
	while (fscanf(f, "line %d\n", &v) == 1) sum += v;
	fclose(f);
	printf("sum %ld\n", sum);
	kind("stdio.txt");

	/* clean up, as a well-behaved program does */
	unlink("stdio.txt"); unlink("s"); unlink("dang"); unlink("d/g"); rmdir("d");
	say("chdir /", chdir("/"));
	say("rmdir tmp dir", rmdir(tmpl));
	return 0;
}

/* Descriptors as a program sees them: /dev/null, /dev/zero, /dev/stdout,
 * /dev/fd/N, dup/dup2/fcntl(F_DUPFD) of stdio, pipes within one process,
 * and the errors each gives. Output must be the same natively (stdio being
 * pipes) and emulated. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void say(const char *what, long r) {
	printf("%-28s %ld %s\n", what, r, r < 0 ? strerror(errno) : "");
	fflush(stdout);
}

int main(void) {
	char buf[64];
	int fd = open("/dev/null", O_RDWR);
	say("open /dev/null", fd >= 0);
	say("write /dev/null", write(fd, "gone", 4));
	say("read /dev/null", read(fd, buf, sizeof buf));
	struct stat st;
	say("fstat /dev/null", fstat(fd, &st));
	printf("chr=%d\n", S_ISCHR(st.st_mode));
	close(fd);

	fd = open("/dev/zero", O_RDONLY);
	memset(buf, 7, sizeof buf);
	say("read /dev/zero", read(fd, buf, 16));
	printf("zero=%d\n", buf[0] == 0 && buf[15] == 0 && buf[16] == 7);
	close(fd);

	fd = open("/dev/stdout", O_WRONLY);
	say("write /dev/stdout", write(fd, "via /dev/stdout\n", 16));
	close(fd);
	fd = open("/dev/fd/1", O_WRONLY);
	say("write /dev/fd/1", write(fd, "via /dev/fd/1\n", 14));
	close(fd);

	int d = dup(1);
	say("dup(1) > 2", d > 2);
	say("write dup", write(d, "via dup\n", 8));
	int saved = fcntl(1, F_DUPFD, 10);
	say("F_DUPFD >= 10", saved >= 10);
	say("dup2(2,1)", dup2(2, 1));
	say("now to stderr", write(1, "stdout now goes to stderr\n", 26));
	say("dup2 back", dup2(saved, 1));
	close(saved);
	close(d);
	say("F_GETFL stdout", fcntl(1, F_GETFL) & O_ACCMODE);
	say("fstat stdout", fstat(1, &st));
	printf("fifo=%d\n", S_ISFIFO(st.st_mode));
	say("lseek stdout", lseek(1, 0, SEEK_SET));

	int p[2];
	say("pipe", pipe(p));
	say("write pipe", write(p[1], "hello pipe", 10));
	say("read pipe 5", read(p[0], buf, 5));
	buf[5] = 0;
	printf("got=%s\n", buf);
	say("fstat pipe", fstat(p[0], &st));
	printf("fifo=%d\n", S_ISFIFO(st.st_mode));
	say("write read end", write(p[0], "x", 1));
	say("read write end", read(p[1], buf, 1));
	close(p[1]);
	say("read rest", read(p[0], buf, sizeof buf));
	say("read eof", read(p[0], buf, sizeof buf));
	close(p[0]);

	/* stdio through a pipe, redirected with dup2 like a shell does */
	say("pipe2", pipe(p));
	saved = dup(1);
	dup2(p[1], 1);
	close(p[1]);
	printf("line through the pipe\n");
	fflush(stdout);
	dup2(saved, 1);
	close(saved);
	long n = read(p[0], buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	printf("pipe carried: %s", buf);
	close(p[0]);

	say("close 42", close(42));
	say("dup 42", dup(42));
	say("dup2 beyond the limit", dup2(1, 1 << 30));
	say("open /dev/nosuch", open("/dev/nosuch", O_RDONLY));
	say("close stdin", close(0));
	say("read closed stdin", read(0, buf, 1));
	say("reopen /dev/null", open("/dev/null", O_RDONLY));
	return 0;
}

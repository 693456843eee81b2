// SPDX-License-Identifier: GPL-3.0-or-later
/* LD_PRELOAD spy for the power-loss tests: logs fsync, fdatasync, link, rename and unlink, with
   the paths they concern, to the file named by SYNCSPY_LOG, then does the real call. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void logLine(const char *what, const char *a, const char *b)
{
    const char *path = getenv("SYNCSPY_LOG");
    if (!path)
        return;
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0)
        return;
    char line[8192];
    int n = snprintf(line, sizeof line, "%s\t%s\t%s\n", what, a ? a : "", b ? b : "");
    if (n > 0)
        (void)!write(fd, line, (size_t)(n < (int)sizeof line ? n : (int)sizeof line - 1));
    close(fd);
}

static void pathOf(int fd, char *out, size_t size)
{
    char link[64];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, out, size - 1);
    out[n > 0 ? n : 0] = 0;
}

int fsync(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "fsync");
    char path[4096];
    pathOf(fd, path, sizeof path);
    logLine("fsync", path, NULL);
    return real(fd);
}

int fdatasync(int fd)
{
    static int (*real)(int);
    if (!real)
        real = (int (*)(int))dlsym(RTLD_NEXT, "fdatasync");
    char path[4096];
    pathOf(fd, path, sizeof path);
    logLine("fdatasync", path, NULL);
    return real(fd);
}

int link(const char *from, const char *to)
{
    static int (*real)(const char *, const char *);
    if (!real)
        real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "link");
    logLine("link", from, to);
    return real(from, to);
}

int rename(const char *from, const char *to)
{
    static int (*real)(const char *, const char *);
    if (!real)
        real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
    logLine("rename", from, to);
    return real(from, to);
}

int renameat2(int olddir, const char *from, int newdir, const char *to, unsigned int flags)
{
    static int (*real)(int, const char *, int, const char *, unsigned int);
    if (!real)
        real = (int (*)(int, const char *, int, const char *, unsigned int))dlsym(RTLD_NEXT, "renameat2");
    logLine("rename", from, to);
    return real(olddir, from, newdir, to, flags);
}

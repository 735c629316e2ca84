/* POSIX side of the platform module (see platform.h): locks, stop signals, the worker processes
 * and their result pipes, the CPU count and the clock. Files and paths are in platform.c. */
#define _GNU_SOURCE /* pipe2, close_range */
#include "core/platform.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "core/util.h"
/* ---- locks ---- */

struct dy_lock {
    int fd;
    char *path;
};

dy_status dy_lock_take(dy_lock **out, const char *dir, dy_diag *d)
{
    *out = NULL;
    char *path = dy_path_join(dir, ".dauys.lock");
    for (;;) {
        int fd = open(path, O_RDWR | O_CREAT, 0666);
        if (fd < 0) {
            dy_status st =
                dy_diag_set(d, DY_ERR_IO, dir, 0, 0, "cannot write: %s", strerror(errno));
            free(path);
            return st;
        }
        int r;
        while ((r = flock(fd, LOCK_EX | LOCK_NB)) != 0 && errno == EINTR)
            ;
        if (r != 0) {
            int e = errno;
            close(fd);
            free(path);
            if (e == EWOULDBLOCK)
                return dy_diag_set(d, DY_ERR_BUSY, dir, 0, 0,
                                   "another dauys is building this "
                                   "book now; wait for it to finish");
            return dy_diag_set(d, DY_ERR_IO, dir, 0, 0, "cannot lock: %s", strerror(e));
        }
        /* the holder before us removes the file as it lets go: ours must still be the one
         * under that name, else take the new one */
        struct stat a, b;
        if (fstat(fd, &a) == 0 && stat(path, &b) == 0 && a.st_dev == b.st_dev &&
            a.st_ino == b.st_ino) {
            *out = dy_xmalloc(sizeof **out);
            (*out)->fd = fd;
            (*out)->path = path;
            return DY_OK;
        }
        close(fd);
    }
}

void dy_lock_release(dy_lock *l)
{
    if (!l)
        return;
    unlink(l->path); /* before letting go, so that the folder is left as it was */
    close(l->fd);
    free(l->path);
    free(l);
}

/* ---- signals ---- */

/* The first stop signal received, and a pipe its handler writes a byte to, so that a parent
 * waiting for its workers (dy_pool_wait) wakes at once: a signal landing between a check of the
 * flag and the poll would otherwise be seen only when a worker ends, a whole sentence later. */
static volatile sig_atomic_t g_signal = 0;
static int g_wake[2] = {-1, -1};

static void on_stop_signal(int sig)
{
    int e = errno;
    if (g_signal == 0)
        g_signal = sig;
    if (g_wake[1] >= 0) {
        ssize_t r = write(g_wake[1], "", 1); /* nonblocking: a full pipe already wakes */
        (void)r;
    }
    errno = e;
}

static const int stop_signals[] = {SIGINT, SIGTERM, SIGHUP};
#define NSTOP_SIGNALS (sizeof stop_signals / sizeof *stop_signals)

void dy_signals_install(void)
{
    if (g_wake[0] < 0 && pipe2(g_wake, O_CLOEXEC | O_NONBLOCK) != 0)
        g_wake[0] = g_wake[1] = -1; /* then a wait sees the signal by EINTR alone */
    struct sigaction sa = {0};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    for (size_t i = 0; i < NSTOP_SIGNALS; i++)
        sigaction(stop_signals[i], &sa, NULL);
}

int dy_signal_received(void) { return g_signal; }

/* ---- worker processes ---- */

typedef struct worker {
    pid_t pid;
    int fd;     /* read end of the pipe the worker writes its result to */
    size_t id;  /* the caller's */
    dy_buf out; /* what it wrote so far */
} worker;

struct dy_pool {
    DY_VEC(worker) w;
};

dy_pool *dy_pool_new(void) { return dy_xcalloc(1, sizeof(dy_pool)); }

size_t dy_pool_running(const dy_pool *p) { return p->w.len; }

/* Writes all of data to the pipe fd; false if it cannot. */
static bool pipe_write(int fd, const void *data, size_t n)
{
    const char *q = data;
    while (n > 0) {
        ssize_t w = write(fd, q, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        q += w;
        n -= (size_t)w;
    }
    return true;
}

/* A worker's report through its pipe: one byte, its status; then, on success, its output, or on
 * failure its dy_diag as it lies in memory (the parent is the same program, so the same
 * layout). The parent trusts a report only from a worker that exited with status 0. */
static _Noreturn void worker_run(int fd, dy_proc_fn fn, void *arg)
{
    dy_buf result = {0};
    dy_diag diag = {0};
    dy_status st = fn(arg, &result, &diag);
    if (st != DY_OK && diag.msg[0] == '\0')
        dy_diag_set(&diag, st, NULL, 0, 0, "%s", dy_strerror(st));
    unsigned char head = (unsigned char)st;
    bool ok = pipe_write(fd, &head, 1) && (st == DY_OK ? pipe_write(fd, result.data, result.len)
                                                       : pipe_write(fd, &diag, sizeof diag));
    _exit(ok ? 0 : 3);
}

/* The worker's side of its tie to the parent, right after fork: it dies with the parent however
 * the parent ends (kill -9 included), and it holds nothing of the parent's open but the pipe it
 * reports through. Returns the descriptor that pipe now has. On Linux the kernel sends SIGKILL
 * when the parent dies (PR_SET_PDEATHSIG); a Windows side will put the workers in a job object
 * that is closed with the parent instead. */
static int worker_tie_to_parent(pid_t parent, int result_fd)
{
    /* Ctrl-C reaches the whole process group: the worker just stops */
    for (size_t i = 0; i < NSTOP_SIGNALS; i++)
        signal(stop_signals[i], SIG_DFL);
#ifdef __linux__
    prctl(PR_SET_PDEATHSIG, SIGKILL);
#endif
    /* the parent may have died before prctl: this process then has a new parent already */
    if (getppid() != parent)
        _exit(3);
    /* Every other descriptor is closed: the book's lock (a flock belongs to the open file, so a
     * worker keeping it would keep the book locked after its parent's death), the temporary
     * output files, the other workers' pipes, the signal pipe. eSpeak NG keeps no file open
     * once set up: it reads its data into memory (see /proc/<worker>/fd during a build). */
    enum { RESULT_FD = 3 };
    if (result_fd != RESULT_FD) {
        if (dup2(result_fd, RESULT_FD) < 0)
            _exit(3);
        result_fd = RESULT_FD;
    }
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 34))
    if (close_range(RESULT_FD + 1, ~0U, 0) == 0)
        return result_fd;
#endif
    long max = sysconf(_SC_OPEN_MAX);
    for (long fd = RESULT_FD + 1; fd < (max > 0 ? max : 1024); fd++)
        close((int)fd);
    return result_fd;
}

dy_status dy_pool_start(dy_pool *p, dy_proc_fn fn, void *arg, size_t id, dy_diag *d)
{
    int fds[2];
    if (pipe(fds) != 0)
        return dy_diag_set(d, DY_ERR_IO, NULL, 0, 0, "cannot create a pipe: %s", strerror(errno));
    fflush(NULL);
    pid_t parent = getpid();
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return dy_diag_set(d, DY_ERR_IO, NULL, 0, 0, "cannot start a process: %s", strerror(errno));
    }
    if (pid == 0)
        worker_run(worker_tie_to_parent(parent, fds[1]), fn, arg);
    close(fds[1]);
    worker *w = DY_VEC_PUSH(&p->w);
    memset(w, 0, sizeof *w);
    w->pid = pid;
    w->fd = fds[0];
    w->id = id;
    return DY_OK;
}

/* Reaps worker i (its pipe closed) and removes it from the pool: its output appended to *out,
 * or its own status and diagnostic. */
static dy_status reap(dy_pool *p, size_t i, size_t *id, dy_buf *out, dy_diag *d)
{
    worker w = p->w.items[i];
    p->w.items[i] = p->w.items[--p->w.len];
    close(w.fd);
    int status = 0;
    while (waitpid(w.pid, &status, 0) < 0 && errno == EINTR)
        ;
    *id = w.id;
    const unsigned char *r = (const unsigned char *)w.out.data;
    dy_status st = DY_OK;
    if (WIFSIGNALED(status) &&
        (WTERMSIG(status) == SIGINT || WTERMSIG(status) == SIGTERM || WTERMSIG(status) == SIGHUP))
        st = dy_diag_set(d, DY_ERR_CANCELLED, NULL, 0, 0, "interrupted");
    else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || w.out.len == 0 ||
             r[0] > DY_ERR_BUSY || (r[0] != DY_OK && w.out.len != 1 + sizeof(dy_diag)))
        st = dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0, "a synthesis worker process failed (%s %d)",
                         WIFSIGNALED(status) ? "signal" : "status",
                         WIFSIGNALED(status) ? WTERMSIG(status) : WEXITSTATUS(status));
    else if (r[0] == DY_OK)
        dy_buf_append(out, w.out.data + 1, w.out.len - 1);
    else { /* the worker's own failure, as it described it */
        st = (dy_status)r[0];
        if (d) {
            memcpy(d, r + 1, sizeof *d);
            d->path[sizeof d->path - 1] = '\0';
            d->msg[sizeof d->msg - 1] = '\0';
        }
    }
    dy_buf_fini(&w.out);
    return st;
}

dy_status dy_pool_wait(dy_pool *p, size_t *id, dy_buf *out, dy_diag *d)
{
    if (p->w.len == 0)
        return dy_diag_set(d, DY_ERR_SYNTH, NULL, 0, 0, "internal error: no worker is running");
    /* the workers' pipes, then the signal pipe */
    struct pollfd *fds = dy_xcalloc(p->w.len + 1, sizeof *fds);
    char tmp[65536];
    for (;;) {
        if (g_signal != 0) { /* stop now: dy_pool_free kills the workers */
            free(fds);
            return dy_diag_set(d, DY_ERR_CANCELLED, NULL, 0, 0, "interrupted");
        }
        for (size_t i = 0; i < p->w.len; i++)
            fds[i] = (struct pollfd){.fd = p->w.items[i].fd, .events = POLLIN};
        fds[p->w.len] = (struct pollfd){.fd = g_wake[0], .events = POLLIN}; /* -1: ignored */
        if (poll(fds, (nfds_t)p->w.len + 1, -1) < 0) {
            if (errno == EINTR)
                continue;
            free(fds);
            return dy_diag_set(d, DY_ERR_IO, NULL, 0, 0, "cannot wait for workers: %s",
                               strerror(errno));
        }
        for (size_t i = 0; i < p->w.len; i++) {
            if (!(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            ssize_t r = read(p->w.items[i].fd, tmp, sizeof tmp);
            if (r < 0 && errno == EINTR)
                continue;
            if (r > 0) {
                dy_buf_append(&p->w.items[i].out, tmp, (size_t)r);
                continue;
            }
            free(fds);
            return reap(p, i, id, out, d); /* end of its output: it has finished */
        }
    }
}

void dy_pool_free(dy_pool *p)
{
    if (!p)
        return;
    for (size_t i = 0; i < p->w.len; i++)
        kill(p->w.items[i].pid, SIGKILL); /* what it was making is thrown away anyway */
    while (p->w.len > 0) {
        size_t id;
        dy_buf out = {0};
        dy_diag d = {0};
        reap(p, p->w.len - 1, &id, &out, &d);
        dy_buf_fini(&out);
    }
    DY_VEC_FREE(&p->w);
    free(p);
}

dy_status dy_proc_call(dy_proc_fn fn, void *arg, dy_buf *out, dy_diag *d)
{
    dy_pool *p = dy_pool_new();
    size_t id;
    dy_status st = dy_pool_start(p, fn, arg, 0, d);
    if (st == DY_OK)
        st = dy_pool_wait(p, &id, out, d);
    dy_pool_free(p);
    return st;
}

int dy_cpu_count(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 256 ? 256 : (int)n;
}

bool dy_stderr_is_tty(void) { return isatty(STDERR_FILENO) == 1; }

double dy_monotonic_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

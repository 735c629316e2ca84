/* The worker processes' tie to their parent (core/process.c): a worker holds none of the parent's
 * descriptors but its result pipe, dies with its parent, and a stop signal to the parent ends
 * its wait for the workers at once. (What workers compute and report: test_platform.c.) */
#define _GNU_SOURCE /* PR_SET_CHILD_SUBREAPER */
#include "helpers.h"

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/platform.h"

/* Reports the descriptors above 2 it has open: "3 ", its result pipe. */
static dy_status child_lists_fds(void *arg, dy_buf *out, dy_diag *d)
{
    (void)arg, (void)d;
    char num[16];
    for (int fd = 3; fd < 4096; fd++)
        if (fcntl(fd, F_GETFD) != -1) {
            snprintf(num, sizeof num, "%d ", fd);
            dy_buf_append(out, num, strlen(num));
        }
    return DY_OK;
}

static dy_status child_sleeps(void *arg, dy_buf *out, dy_diag *d)
{
    (void)arg, (void)out, (void)d;
    sleep(30);
    return DY_OK;
}

/* Tells its parent it runs (SIGUSR1), then takes long. */
static dy_status child_says_it_runs(void *arg, dy_buf *out, dy_diag *d)
{
    (void)arg, (void)out, (void)d;
    kill(getppid(), SIGUSR1);
    sleep(30);
    return DY_OK;
}

/* Stops its parent with SIGTERM, then takes long. */
static dy_status child_stops_parent(void *arg, dy_buf *out, dy_diag *d)
{
    (void)arg, (void)out, (void)d;
    kill(getppid(), SIGTERM);
    sleep(30);
    return DY_OK;
}

static void test_worker_holds_only_its_pipe(void **state)
{
    (void)state;
    /* the book's lock, a temporary output and another worker's pipe are open in the parent */
    char *dir = th_tmpdir("workers-fds");
    dy_lock *lock;
    dy_outfile *f;
    dy_diag d;
    assert_int_equal(dy_lock_take(&lock, dir, &d), DY_OK);
    char *path = dy_path_join(dir, "book.mp3");
    assert_int_equal(dy_outfile_open(&f, path, &d), DY_OK);
    dy_pool *p = dy_pool_new();
    assert_int_equal(dy_pool_start(p, child_sleeps, NULL, 1, &d), DY_OK);
    assert_int_equal(dy_pool_start(p, child_lists_fds, NULL, 2, &d), DY_OK);
    size_t id;
    dy_buf out = {0};
    assert_int_equal(dy_pool_wait(p, &id, &out, &d), DY_OK);
    assert_int_equal(id, 2);
    dy_buf_putc(&out, '\0');
    assert_string_equal(out.data, "3 ");
    dy_buf_fini(&out);
    dy_pool_free(p);
    dy_outfile_abort(f);
    dy_lock_release(lock);
    free(path);
    free(dir);
}

static void test_worker_dies_with_its_parent(void **state)
{
    (void)state;
    /* orphans come to this process, which can then reap the worker and see how it ended */
    assert_int_equal(prctl(PR_SET_CHILD_SUBREAPER, 1), 0);
    fflush(NULL);
    pid_t parent = fork();
    assert_true(parent >= 0);
    if (parent == 0) { /* starts a worker that would sleep 30 s and dies, as kill -9 kills, once
                        * the worker runs (so past its start, where it checks its parent) */
        sigset_t usr1;
        sigemptyset(&usr1);
        sigaddset(&usr1, SIGUSR1);
        sigprocmask(SIG_BLOCK, &usr1, NULL);
        dy_pool *p = dy_pool_new();
        dy_diag d;
        int sig;
        if (dy_pool_start(p, child_says_it_runs, NULL, 1, &d) != DY_OK || sigwait(&usr1, &sig))
            _exit(1);
        kill(getpid(), SIGKILL);
    }
    int status;
    assert_int_equal(waitpid(parent, &status, 0), parent);
    assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    /* the worker, now this process's child: killed with its parent, not asleep */
    pid_t worker = waitpid(-1, &status, 0);
    assert_true(worker > 0);
    assert_true(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    prctl(PR_SET_CHILD_SUBREAPER, 0);
}

/* Last: the signal handlers stay installed and the signal received. */
static void test_signal_stops_the_wait_at_once(void **state)
{
    (void)state;
    dy_signals_install();
    assert_int_equal(dy_signal_received(), 0);
    dy_pool *p = dy_pool_new();
    dy_diag d;
    assert_int_equal(dy_pool_start(p, child_sleeps, NULL, 1, &d), DY_OK);
    assert_int_equal(dy_pool_start(p, child_stops_parent, NULL, 2, &d), DY_OK);
    size_t id;
    dy_buf out = {0};
    /* without the stop, this would wait 30 s for a worker and return DY_OK */
    assert_int_equal(dy_pool_wait(p, &id, &out, &d), DY_ERR_CANCELLED);
    assert_int_equal(dy_signal_received(), SIGTERM);
    assert_int_equal(out.len, 0);
    dy_pool_free(p); /* kills both */
    /* a later wait stops at once too: the signal is remembered */
    p = dy_pool_new();
    assert_int_equal(dy_pool_start(p, child_sleeps, NULL, 3, &d), DY_OK);
    assert_int_equal(dy_pool_wait(p, &id, &out, &d), DY_ERR_CANCELLED);
    dy_pool_free(p);
    dy_buf_fini(&out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worker_holds_only_its_pipe),
        cmocka_unit_test(test_worker_dies_with_its_parent),
        cmocka_unit_test(test_signal_stops_the_wait_at_once),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}

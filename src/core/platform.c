/* POSIX side of the platform module (see platform.h): files, scratch files and views, paths. The
 * locks, signals and worker processes are in process.c. */
#define _GNU_SOURCE /* mkstemps */
#include "core/platform.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "core/util.h"

#define TMP_SUFFIX ".dytmp"

static dy_status too_large(const char *path, dy_diag *d)
{
    return dy_diag_set(d, DY_ERR_INPUT, path ? path : "<stdin>", 0, 0,
                       "%s is over %zu MiB (limit %zu MiB)", path ? "the file" : "standard input",
                       DY_FILE_MAX >> 20, DY_FILE_MAX >> 20);
}

dy_status dy_input_each(const char *path,
                        dy_status (*fn)(void *ctx, const void *data, size_t n, dy_diag *d),
                        void *ctx, dy_diag *d)
{
    const char *name = path ? path : "<stdin>";
    int fd = STDIN_FILENO;
    if (path) {
        struct stat st;
        if (stat(path, &st) != 0)
            return dy_diag_set(d, errno == ENOENT ? DY_ERR_NOTFOUND : DY_ERR_IO, path, 0, 0,
                               "cannot open: %s", strerror(errno));
        if (S_ISDIR(st.st_mode))
            return dy_diag_set(d, DY_ERR_IO, path, 0, 0, "is a folder, not a text file");
        /* a pipe would block, a device (/dev/zero) never end */
        if (!S_ISREG(st.st_mode))
            return dy_diag_set(d, DY_ERR_IO, path, 0, 0, "not a regular file");
        if ((uint64_t)st.st_size > DY_FILE_MAX)
            return too_large(path, d);
        fd = open(path, O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return dy_diag_set(d, DY_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    }
    char *buf = dy_xmalloc(DY_INPUT_PIECE);
    uint64_t total = 0;
    dy_status st = DY_OK;
    while (st == DY_OK) {
        ssize_t n = read(fd, buf, DY_INPUT_PIECE);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            st = dy_diag_set(d, DY_ERR_IO, name, 0, 0, "cannot read: %s", strerror(errno));
        else if (n == 0)
            break;
        else if ((total += (uint64_t)n) > DY_FILE_MAX) /* it grew while read, or a pipe */
            st = too_large(path, d);
        else
            st = fn(ctx, buf, (size_t)n, d);
    }
    free(buf);
    if (path)
        close(fd);
    return st;
}

static dy_status to_buf(void *b, const void *data, size_t n, dy_diag *d)
{
    (void)d;
    dy_buf_append(b, data, n);
    return DY_OK;
}

dy_status dy_file_read(const char *path, char **data, size_t *len, dy_diag *d)
{
    dy_buf b = {0};
    dy_status st = dy_input_each(path, to_buf, &b, d);
    if (st != DY_OK) {
        dy_buf_fini(&b);
        b.data = NULL;
        b.len = 0;
    } else {
        dy_buf_reserve(&b, 1);
        b.data[b.len] = '\0';
    }
    *data = b.data;
    *len = b.len;
    return st;
}

dy_path_kind dy_path_kind_of(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return DY_PATH_NONE;
    if (S_ISDIR(st.st_mode))
        return DY_PATH_DIR;
    if (S_ISREG(st.st_mode))
        return DY_PATH_FILE;
    return DY_PATH_OTHER;
}

dy_status dy_mkdirs(const char *path, dy_diag *d)
{
    char *p = dy_xstrdup(path);
    size_t n = strlen(p);
    while (n > 1 && p[n - 1] == '/')
        p[--n] = '\0';
    for (size_t i = 1; i <= n; i++) {
        if (p[i] != '/' && p[i] != '\0')
            continue;
        char save = p[i];
        p[i] = '\0';
        if (mkdir(p, 0777) != 0 && errno != EEXIST) {
            int e = errno;
            dy_status st =
                dy_diag_set(d, DY_ERR_IO, p, 0, 0, "cannot create folder: %s", strerror(e));
            free(p);
            return st;
        }
        if (dy_path_kind_of(p) != DY_PATH_DIR) {
            dy_status st = dy_diag_set(d, DY_ERR_IO, p, 0, 0,
                                       "cannot create folder: a file stands in the way");
            free(p);
            return st;
        }
        p[i] = save;
    }
    free(p);
    return DY_OK;
}

dy_status dy_dir_list(const char *path, char ***names, size_t *count, dy_diag *d)
{
    *names = NULL;
    *count = 0;
    DIR *dir = opendir(path);
    if (!dir)
        return dy_diag_set(d, errno == ENOENT ? DY_ERR_NOTFOUND : DY_ERR_IO, path, 0, 0,
                           "cannot open folder: %s", strerror(errno));
    DY_VEC(char *) v = {0};
    struct dirent *e;
    while ((e = readdir(dir)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        *DY_VEC_PUSH(&v) = dy_xstrdup(e->d_name);
    }
    closedir(dir);
    if (v.len)
        qsort(v.items, v.len, sizeof *v.items, dy_cmp_strp);
    *names = v.items;
    *count = v.len;
    return DY_OK;
}

struct dy_outfile {
    int fd;
    char *final_path;
    char *tmp_path;
    uint64_t size;
    bool no_sync; /* a cache entry: not flushed to disk before the rename */
};

dy_status dy_outfile_open(dy_outfile **out, const char *final_path, dy_diag *d)
{
    *out = NULL;
    char *dir = dy_xstrdup(final_path);
    char *slash = strrchr(dir, '/');
    const char *base = slash ? final_path + (slash - dir) + 1 : final_path;
    if (slash)
        slash[1] = '\0';
    else
        dir[0] = '\0';
    dy_buf tmp = {0};
    dy_buf_printf(&tmp, "%s.%s.XXXXXX" TMP_SUFFIX, dir, base);
    free(dir);
    int fd = mkstemps(tmp.data, (int)strlen(TMP_SUFFIX));
    if (fd < 0) {
        dy_status st =
            dy_diag_set(d, DY_ERR_IO, final_path, 0, 0, "cannot write: %s", strerror(errno));
        dy_buf_fini(&tmp);
        return st;
    }
    /* mkstemps makes the file private: give it the mode an ordinary new file would have */
    mode_t mask = umask(0);
    umask(mask);
    if (fchmod(fd, 0666 & ~mask) != 0) {
        dy_status st =
            dy_diag_set(d, DY_ERR_IO, final_path, 0, 0, "cannot write: %s", strerror(errno));
        close(fd);
        unlink(tmp.data);
        dy_buf_fini(&tmp);
        return st;
    }
    dy_outfile *f = dy_xcalloc(1, sizeof *f);
    f->fd = fd;
    f->final_path = dy_xstrdup(final_path);
    f->tmp_path = tmp.data;
    *out = f;
    return DY_OK;
}

/* A full disk, for the tests: DY_TEST_DISK_FULL_AFTER=N lets this process write N more bytes to
 * its output files, then every write fails as on a full disk (ENOSPC). */
static ssize_t checked_write(int fd, const void *p, size_t n, int64_t off)
{
    static int64_t budget = -2; /* -2: not read yet, -1: no limit */
    if (budget == -2) {
        const char *v = getenv("DY_TEST_DISK_FULL_AFTER");
        char *end;
        long long b = v ? strtoll(v, &end, 10) : -1;
        budget = v && *end == '\0' && b >= 0 ? b : -1;
    }
    if (budget >= 0) {
        if (budget == 0) {
            errno = ENOSPC;
            return -1;
        }
        if ((int64_t)n > budget)
            n = (size_t)budget;
        budget -= (int64_t)n;
    }
    return off < 0 ? write(fd, p, n) : pwrite(fd, p, n, (off_t)off);
}

static dy_status write_all(dy_outfile *f, const void *data, size_t n, int64_t off, dy_diag *d)
{
    const char *p = data;
    while (n > 0) {
        ssize_t w = checked_write(f->fd, p, n, off);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            return dy_diag_set(d, DY_ERR_IO, f->final_path, 0, 0, "cannot write: %s",
                               strerror(errno));
        }
        p += w;
        n -= (size_t)w;
        if (off >= 0)
            off += w;
        else
            f->size += (uint64_t)w;
    }
    return DY_OK;
}

dy_status dy_outfile_write(dy_outfile *f, const void *data, size_t n, dy_diag *d)
{
    return write_all(f, data, n, -1, d);
}

dy_status dy_outfile_pwrite(dy_outfile *f, const void *data, size_t n, uint64_t off, dy_diag *d)
{
    if (off + n > f->size)
        return dy_diag_set(d, DY_ERR_IO, f->final_path, 0, 0, "internal error: write past the end");
    return write_all(f, data, n, (int64_t)off, d);
}

uint64_t dy_outfile_size(const dy_outfile *f) { return f->size; }
int dy_outfile_fd(const dy_outfile *f) { return f->fd; }

static void outfile_free(dy_outfile *f)
{
    free(f->final_path);
    free(f->tmp_path);
    free(f);
}

dy_status dy_outfile_commit(dy_outfile *f, dy_diag *d)
{
    dy_status st = DY_OK;
    if (!f->no_sync && fsync(f->fd) != 0 && errno != EINVAL && errno != EROFS)
        st = dy_diag_set(d, DY_ERR_IO, f->final_path, 0, 0, "cannot write: %s", strerror(errno));
    if (close(f->fd) != 0 && st == DY_OK)
        st = dy_diag_set(d, DY_ERR_IO, f->final_path, 0, 0, "cannot write: %s", strerror(errno));
    if (st == DY_OK && rename(f->tmp_path, f->final_path) != 0)
        st = dy_diag_set(d, DY_ERR_IO, f->final_path, 0, 0, "cannot rename into place: %s",
                         strerror(errno));
    if (st != DY_OK)
        unlink(f->tmp_path);
    outfile_free(f);
    return st;
}

void dy_outfile_abort(dy_outfile *f)
{
    if (!f)
        return;
    close(f->fd);
    unlink(f->tmp_path);
    outfile_free(f);
}

static dy_status write_whole(const char *path, const void *data, size_t n, bool sync, dy_diag *d)
{
    dy_outfile *f;
    dy_status st = dy_outfile_open(&f, path, d);
    if (st != DY_OK)
        return st;
    f->no_sync = !sync;
    st = dy_outfile_write(f, data, n, d);
    if (st != DY_OK) {
        dy_outfile_abort(f);
        return st;
    }
    return dy_outfile_commit(f, d);
}

/* Reads from fd into buf until n bytes or the end of the file; *got is how many. */
static dy_status read_full(int fd, const char *path, void *buf, size_t n, size_t *got, dy_diag *d)
{
    *got = 0;
    while (*got < n) {
        ssize_t r = read(fd, (char *)buf + *got, n - *got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return dy_diag_set(d, DY_ERR_IO, path, 0, 0, "cannot read: %s", strerror(errno));
        if (r == 0)
            break;
        *got += (size_t)r;
    }
    return DY_OK;
}

dy_status dy_file_each(const char *path, uint64_t skip,
                       dy_status (*fn)(void *ctx, const void *data, size_t n, dy_diag *d),
                       void *ctx, dy_diag *d)
{
    int in = open(path, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return dy_diag_set(d, DY_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    char buf[1 << 16];
    dy_status st = DY_OK;
    if (skip && (skip > INT64_MAX || lseek(in, (off_t)skip, SEEK_SET) < 0))
        st = dy_diag_set(d, DY_ERR_IO, path, 0, 0, "cannot seek: %s", strerror(errno));
    for (size_t got = sizeof buf; st == DY_OK && got == sizeof buf;) {
        st = read_full(in, path, buf, sizeof buf, &got, d);
        if (st == DY_OK && got)
            st = fn(ctx, buf, got, d);
    }
    close(in);
    return st;
}

static dy_status to_outfile(void *f, const void *data, size_t n, dy_diag *d)
{
    return dy_outfile_write(f, data, n, d);
}

dy_status dy_file_head(const char *path, void *buf, size_t n, size_t *got, dy_diag *d)
{
    *got = 0;
    int in = open(path, O_RDONLY | O_CLOEXEC);
    if (in < 0)
        return dy_diag_set(d, DY_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    dy_status st = read_full(in, path, buf, n, got, d);
    close(in);
    return st;
}

dy_status dy_file_copy(const char *from, uint64_t skip, const char *to, dy_diag *d)
{
    dy_outfile *f;
    dy_status st = dy_outfile_open(&f, to, d);
    if (st == DY_OK)
        st = dy_file_each(from, skip, to_outfile, f, d);
    if (st == DY_OK)
        return dy_outfile_commit(f, d);
    dy_outfile_abort(f);
    return st;
}

dy_status dy_file_write_atomic(const char *path, const void *data, size_t n, dy_diag *d)
{
    return write_whole(path, data, n, true, d);
}

dy_status dy_file_publish(const char *path, const void *data, size_t n, dy_diag *d)
{
    return write_whole(path, data, n, false, d);
}

void dy_outfile_sweep(const char *dir)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return;
    struct dirent *e;
    size_t sl = strlen(TMP_SUFFIX);
    while ((e = readdir(dp)) != NULL) {
        size_t n = strlen(e->d_name);
        if (e->d_name[0] == '.' && n > sl + 8 && strcmp(e->d_name + n - sl, TMP_SUFFIX) == 0) {
            char *p = dy_path_join(dir, e->d_name);
            unlink(p);
            free(p);
        }
    }
    closedir(dp);
}

struct dy_scratch {
    dy_outfile *file; /* its name already removed */
};

dy_status dy_scratch_open(dy_scratch **out, const char *dir, dy_diag *d)
{
    *out = NULL;
    char *path = dy_path_join(dir, ".dauys-scratch");
    dy_outfile *f;
    dy_status st = dy_outfile_open(&f, path, d);
    free(path);
    if (st != DY_OK)
        return st;
    if (unlink(f->tmp_path) != 0) {
        st = dy_diag_set(d, DY_ERR_IO, f->tmp_path, 0, 0, "cannot remove: %s", strerror(errno));
        dy_outfile_abort(f);
        return st;
    }
    *out = dy_xcalloc(1, sizeof **out);
    (*out)->file = f;
    return DY_OK;
}

dy_status dy_scratch_append(dy_scratch *f, const void *data, size_t n, dy_diag *d)
{
    return write_all(f->file, data, n, -1, d);
}

dy_status dy_scratch_read(const dy_scratch *f, uint64_t off, void *data, size_t n, dy_diag *d)
{
    char *p = data;
    if (off + n > f->file->size)
        return dy_diag_set(d, DY_ERR_IO, f->file->tmp_path, 0, 0,
                           "internal error: read past the end");
    while (n > 0) {
        ssize_t r = pread(f->file->fd, p, n, (off_t)off);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return dy_diag_set(d, DY_ERR_IO, f->file->tmp_path, 0, 0, "cannot read: %s",
                               r < 0 ? strerror(errno) : "the file is shorter");
        p += r;
        n -= (size_t)r;
        off += (uint64_t)r;
    }
    return DY_OK;
}

uint64_t dy_scratch_size(const dy_scratch *f) { return f->file->size; }

void dy_scratch_close(dy_scratch *f)
{
    if (!f)
        return;
    close(f->file->fd);
    outfile_free(f->file); /* its name is gone already */
    free(f);
}

const char *dy_temp_dir(void)
{
    const char *t = getenv("TMPDIR");
    return t && *t ? t : "/tmp";
}

/* A pass keeps VIEW_BEHIND bytes behind it and VIEW_AHEAD ahead, and releases the rest each
 * time it has moved VIEW_STEP bytes (or gone back: a new pass). */
#define VIEW_BEHIND ((size_t)1 << 20)
#define VIEW_AHEAD ((size_t)3 << 20)
#define VIEW_STEP ((size_t)2 << 20)

struct dy_view {
    dy_scratch *file;
    char *data;
    size_t len;
    size_t mark; /* where the pass was when pages were last released */
    size_t page;
};

dy_status dy_view_open(dy_view **out, dy_scratch *f, const char **data, dy_diag *d)
{
    *out = NULL;
    *data = NULL;
    uint64_t n = f->file->size;
    if (n == 0 || n > SIZE_MAX) {
        dy_status st = dy_diag_set(d, DY_ERR_IO, f->file->tmp_path, 0, 0,
                                   "internal error: cannot map %" PRIu64 " bytes", n);
        dy_scratch_close(f);
        return st;
    }
    void *p = mmap(NULL, (size_t)n, PROT_READ, MAP_SHARED, f->file->fd, 0);
    if (p == MAP_FAILED) {
        dy_status st =
            dy_diag_set(d, DY_ERR_IO, f->file->tmp_path, 0, 0, "cannot read: %s", strerror(errno));
        dy_scratch_close(f);
        return st;
    }
    dy_view *v = dy_xcalloc(1, sizeof *v);
    v->file = f;
    v->data = p;
    v->len = (size_t)n;
    long page = sysconf(_SC_PAGESIZE);
    v->page = page > 0 ? (size_t)page : 4096;
    *out = v;
    *data = p;
    return DY_OK;
}

void dy_view_pass(dy_view *v, size_t at)
{
    if (!v || (at >= v->mark && at - v->mark < VIEW_STEP))
        return;
    v->mark = at;
    if (at > v->len)
        at = v->len;
    /* whole pages only: [0, lo) and [hi, len) */
    size_t lo = at > VIEW_BEHIND ? (at - VIEW_BEHIND) / v->page * v->page : 0;
    size_t hi =
        v->len - at > VIEW_AHEAD ? (at + VIEW_AHEAD + v->page - 1) / v->page * v->page : v->len;
    if (lo > 0)
        madvise(v->data, lo, MADV_DONTNEED);
    if (hi < v->len)
        madvise(v->data + hi, v->len - hi, MADV_DONTNEED);
}

void dy_view_close(dy_view *v)
{
    if (!v)
        return;
    munmap(v->data, v->len);
    dy_scratch_close(v->file);
    free(v);
}

dy_status dy_file_remove(const char *path, dy_diag *d)
{
    if (unlink(path) != 0 && errno != ENOENT)
        return dy_diag_set(d, DY_ERR_IO, path, 0, 0, "cannot remove: %s", strerror(errno));
    return DY_OK;
}

/* Whether name is a path inside a folder that a record may name: relative, its parts neither
 * empty nor "." nor ".." nor hidden (so never the lock, a temporary file or the cache). */
static bool plain_relative(const char *name)
{
    if (!*name || *name == '/')
        return false;
    for (const char *p = name; *p;) {
        size_t n = strcspn(p, "/");
        if (n == 0 || p[0] == '.')
            return false;
        p += n;
        if (*p == '/')
            p++;
        else
            break;
    }
    return name[strlen(name) - 1] != '/';
}

bool dy_path_relative_ok(const char *name) { return plain_relative(name); }

/* Whether every folder between dir and the file dir/name is a real folder, not a symbolic
 * link: a link would lead the removal out of the book's folder. */
static bool real_folders(const char *dir, const char *name)
{
    bool ok = !dy_path_is_link(dir);
    for (const char *slash = strchr(name, '/'); ok && slash; slash = strchr(slash + 1, '/')) {
        char *part = dy_xstrndup(name, (size_t)(slash - name));
        char *path = dy_path_join(dir, part);
        ok = !dy_path_is_link(path) && dy_path_kind_of(path) == DY_PATH_DIR;
        free(path);
        free(part);
    }
    return ok;
}

dy_status dy_dir_prune(const char *dir, const char *const *listed, size_t nlisted,
                       const char *const *keep, size_t nkeep, dy_diag *d)
{
    dy_status st = DY_OK;
    const char **sorted = NULL; /* keep, sorted: a lookup is a binary search, not a scan */
    if (nkeep) {
        sorted = dy_xmalloc(nkeep * sizeof *sorted);
        memcpy(sorted, keep, nkeep * sizeof *sorted);
        qsort(sorted, nkeep, sizeof *sorted, dy_cmp_strp);
    }
    for (size_t i = 0; i < nlisted && st == DY_OK; i++) {
        bool kept = !plain_relative(listed[i]) ||
                    (nkeep && bsearch(&listed[i], sorted, nkeep, sizeof *sorted, dy_cmp_strp));
        if (kept || !real_folders(dir, listed[i]))
            continue;
        char *path = dy_path_join(dir, listed[i]);
        struct stat sb;
        if (lstat(path, &sb) == 0 && S_ISREG(sb.st_mode))
            st = dy_file_remove(path, d);
        /* a sub-folder ("daisy/") that this leaves empty goes too; a user's file keeps it */
        for (char *slash = strrchr(path, '/'); st == DY_OK && slash > path + strlen(dir);
             slash = strrchr(path, '/')) {
            *slash = '\0';
            if (rmdir(path) != 0)
                break;
        }
        free(path);
    }
    free(sorted);
    return st;
}

bool dy_path_is_link(const char *path)
{
    char *trimmed = dy_xstrdup(path);
    size_t n = strlen(trimmed);
    while (n > 1 && trimmed[n - 1] == '/') /* "out/tarih/" names the link itself too */
        trimmed[--n] = '\0';
    struct stat sb;
    bool link = lstat(trimmed, &sb) == 0 && S_ISLNK(sb.st_mode);
    free(trimmed);
    return link;
}

bool dy_path_exists(const char *path)
{
    struct stat sb;
    return lstat(path, &sb) == 0;
}

char *dy_path_real(const char *path)
{
    /* the longest leading part that exists, resolved; the rest appended as written */
    char *head = dy_xstrdup(*path ? path : ".");
    dy_buf tail = {0};
    char *real;
    while (!(real = realpath(head, NULL))) {
        size_t n = strlen(head);
        while (n > 1 && head[n - 1] == '/') /* "texts/out/": the part is "out" */
            head[--n] = '\0';
        char *slash = strrchr(head, '/');
        char *rest = slash ? slash + 1 : head;
        dy_buf part = {0};
        dy_buf_puts(&part, rest);
        if (tail.len) {
            dy_buf_putc(&part, '/');
            dy_buf_puts(&part, tail.data);
        }
        dy_buf_fini(&tail);
        tail = part;
        if (slash == head)
            head[1] = '\0';
        else if (slash)
            *slash = '\0';
        else
            strcpy(head, ".");
    }
    free(head);
    dy_buf out = {0};
    dy_buf_puts(&out, real);
    free(real);
    if (tail.len) {
        if (out.len > 1)
            dy_buf_putc(&out, '/');
        dy_buf_puts(&out, tail.data);
    }
    dy_buf_fini(&tail);
    return out.data;
}

bool dy_file_date(const char *path, char out[11])
{
    struct stat st;
    struct tm tm;
    if (stat(path, &st) != 0 || !gmtime_r(&st.st_mtime, &tm))
        return false;
    return strftime(out, 11, "%Y-%m-%d", &tm) == 10;
}

dy_status dy_dir_remove(const char *path, dy_diag *d)
{
    if (rmdir(path) != 0 && errno != ENOENT && errno != ENOTEMPTY && errno != EEXIST)
        return dy_diag_set(d, DY_ERR_IO, path, 0, 0, "cannot remove: %s", strerror(errno));
    return DY_OK;
}

char *dy_path_join(const char *dir, const char *name)
{
    dy_buf b = {0};
    size_t n = strlen(dir);
    dy_buf_puts(&b, dir);
    if (n && dir[n - 1] != '/')
        dy_buf_putc(&b, '/');
    dy_buf_puts(&b, name);
    return b.data;
}

char *dy_path_basename(const char *path)
{
    size_t n = strlen(path);
    while (n > 1 && path[n - 1] == '/')
        n--;
    size_t s = n;
    while (s > 0 && path[s - 1] != '/')
        s--;
    return dy_xstrndup(path + s, n - s);
}

char *dy_path_stem(const char *path)
{
    char *b = dy_path_basename(path);
    char *dot = strrchr(b, '.');
    if (dot && dot != b)
        *dot = '\0';
    return b;
}

const char *dy_path_ext(const char *path)
{
    const char *slash = strrchr(path, '/');
    const char *dot = strrchr(path, '.');
    if (!dot || (slash && dot < slash) || dot == path || (slash && dot == slash + 1))
        return "";
    return dot;
}

char *dy_exe_dir(void)
{
    /* the link's target has no length limit the system tells in advance: grow until it fits */
    for (size_t size = 256; size <= (1u << 20); size *= 2) {
        char *buf = dy_xmalloc(size);
        ssize_t n = readlink("/proc/self/exe", buf, size);
        if (n < 0 || buf[0] != '/') {
            free(buf);
            return NULL;
        }
        if ((size_t)n < size) {
            buf[n] = '\0';
            char *slash = strrchr(buf, '/');
            slash[slash == buf] = '\0'; /* "/dauys" keeps its root "/" */
            return buf;
        }
        free(buf);
    }
    return NULL;
}

/* The one module that talks to the operating system: reading files, writing outputs safely
 * (temporary name in the target folder, flushed, then renamed into place), folders, paths and
 * the terminal. Everything else handles UTF-8 strings only. Today POSIX; a Windows side (wide-char
 * APIs) will live here too. */
#ifndef DY_PLATFORM_H
#define DY_PLATFORM_H

#include "core/util.h"

/* The largest file or standard input dauys reads (a text, lexicon, preset, cover or cache entry):
 * 64 MiB, some 30 million words, is over ten times the longest book; a device or an endless pipe
 * stops here instead of filling the memory. */
#define DY_FILE_MAX ((size_t)64 << 20)

/* Reads a whole file into a NUL-terminated buffer the caller frees. Errors (missing file, a folder,
 * unreadable) fill d with the path and return DY_ERR_NOTFOUND or DY_ERR_IO; a file over
 * DY_FILE_MAX is DY_ERR_INPUT. */
dy_status dy_file_read(const char *path, char **data, size_t *len, dy_diag *d);

/* Reads a text file, or standard input when path is NULL, a piece at a time (at most
 * DY_INPUT_PIECE bytes each, in order), giving each piece to fn, which may fail and stop it. The
 * checks and the limit of dy_file_read, so a device or an endless pipe stops at DY_FILE_MAX. */
#define DY_INPUT_PIECE ((size_t)64 << 10)
dy_status dy_input_each(const char *path,
                        dy_status (*fn)(void *ctx, const void *data, size_t n, dy_diag *d),
                        void *ctx, dy_diag *d);

/* What stands at path. */
typedef enum dy_path_kind { DY_PATH_NONE, DY_PATH_FILE, DY_PATH_DIR, DY_PATH_OTHER } dy_path_kind;
dy_path_kind dy_path_kind_of(const char *path);

/* Creates the folder and its parents (like mkdir -p). A file standing in the way is an error. */
dy_status dy_mkdirs(const char *path, dy_diag *d);

/* The entries of a folder (no "." or ".."; hidden names starting with '.' are skipped), sorted by
 * byte order. The caller frees each name and the array. */
dy_status dy_dir_list(const char *path, char ***names, size_t *count, dy_diag *d);

/* An output file being written: it lives under a temporary hidden name in the target folder
 * until dy_outfile_commit renames it into place, so no reader ever sees half a file. */
typedef struct dy_outfile dy_outfile;
dy_status dy_outfile_open(dy_outfile **out, const char *final_path, dy_diag *d);
dy_status dy_outfile_write(dy_outfile *f, const void *data, size_t n, dy_diag *d);
/* Overwrites bytes already written at offset off (for headers known only at the end). */
dy_status dy_outfile_pwrite(dy_outfile *f, const void *data, size_t n, uint64_t off, dy_diag *d);
uint64_t dy_outfile_size(const dy_outfile *f);
/* Flushes to disk, closes and renames into place; frees f whatever happens. On failure the
 * temporary file is removed and the final name is left as it was. */
dy_status dy_outfile_commit(dy_outfile *f, dy_diag *d);
/* Closes and removes the temporary file; frees f. Accepts NULL. */
void dy_outfile_abort(dy_outfile *f);
/* The file descriptor, for libraries that write through one (libsndfile). */
int dy_outfile_fd(const dy_outfile *f);
/* Writes a whole file atomically (open, write, commit). */
dy_status dy_file_write_atomic(const char *path, const void *data, size_t n, dy_diag *d);
/* Reads the file at path from byte `skip` on, a piece at a time, giving each to fn (which may
 * fail, and stop it). */
dy_status dy_file_each(const char *path, uint64_t skip,
                       dy_status (*fn)(void *ctx, const void *data, size_t n, dy_diag *d),
                       void *ctx, dy_diag *d);
/* Reads the first bytes of a file, at most n of them, into buf; *got is how many there were. */
dy_status dy_file_head(const char *path, void *buf, size_t n, size_t *got, dy_diag *d);
/* Copies a file from byte `skip` on, streamed, to a new file written as dy_outfile does. */
dy_status dy_file_copy(const char *from, uint64_t skip, const char *to, dy_diag *d);
/* Writes a whole file the same way but without waiting for it to reach the disk: for cache
 * entries, which carry their own checksum (a crash may leave one damaged, never half-named). */
dy_status dy_file_publish(const char *path, const void *data, size_t n, dy_diag *d);
/* Removes temporary files that an interrupted run left in folder dir (names this module made). */
void dy_outfile_sweep(const char *dir);

/* A scratch file: what a build spills to disk and reads back before it ends (the timeline's
 * sentences), so that its memory does not grow with the book. Made in folder dir under a
 * temporary name (dy_outfile's, which dy_outfile_sweep knows) and unlinked at once: nothing is
 * left in the folder however the process ends (an error, a signal, SIGKILL); its space returns
 * when it is closed. Written at its end, read at any offset. Open gives a new file the caller
 * closes; close accepts NULL. */
typedef struct dy_scratch dy_scratch;
dy_status dy_scratch_open(dy_scratch **out, const char *dir, dy_diag *d);
dy_status dy_scratch_append(dy_scratch *f, const void *data, size_t n, dy_diag *d);
/* Reads data[0 .. n) from offset off, all of it written before; DY_ERR_IO otherwise. */
dy_status dy_scratch_read(const dy_scratch *f, uint64_t off, void *data, size_t n, dy_diag *d);
uint64_t dy_scratch_size(const dy_scratch *f);
void dy_scratch_close(dy_scratch *f);
/* The folder for scratch files that belong to no book: $TMPDIR, else /tmp. */
const char *dy_temp_dir(void);

/* A scratch file's bytes, mapped read-only into memory, for a long text that is read in passes
 * from its start to its end (a book's source: checked, parsed, split, spoken, then written into
 * the pages). The memory it takes is a window, not the text's size: dy_view_pass tells where a
 * pass has reached, and the pages outside a few MiB around it leave this process's memory (the
 * system keeps them in its file cache, and they come back from there if read again, so a view
 * reads the same bytes whatever is released). Open takes the scratch file, whatever happens,
 * and gives its bytes in *data; close accepts NULL, and pass does nothing with NULL. */
typedef struct dy_view dy_view;
dy_status dy_view_open(dy_view **out, dy_scratch *f, const char **data, dy_diag *d);
void dy_view_pass(dy_view *v, size_t at);
void dy_view_close(dy_view *v);

/* Removes a file; a file that is already gone is no error. */
dy_status dy_file_remove(const char *path, dy_diag *d);

/* Removes from folder dir what an earlier run wrote and this one did not: each name in listed
 * (paths relative to dir, from the earlier run's record: "03-ush.mp3", "daisy/03-ush.smil")
 * that is not in keep (what this run wrote) and is a regular file. Nothing else is touched: a
 * user's files, names that are not plain relative paths (see dy_path_relative_ok), anything
 * reached through a symbolic link; a sub-folder emptied by the removal goes too. The one way
 * dauys removes what it wrote before: every caller goes through it. */
dy_status dy_dir_prune(const char *dir, const char *const *listed, size_t nlisted,
                       const char *const *keep, size_t nkeep, dy_diag *d);
/* Whether name is a plain path relative to a folder: not absolute, no empty, ".", ".." or
 * hidden part ("daisy/01-bir.mp3" yes; "../x", ".dauys.lock", "a//b" no). */
bool dy_path_relative_ok(const char *name);
/* Whether path itself (not what it leads to) is a symbolic link; a trailing '/' is ignored. */
bool dy_path_is_link(const char *path);
/* Whether anything (a file, a folder, a link, even a broken one) has the name path. */
bool dy_path_exists(const char *path);
/* The absolute path of path with symbolic links, "." and ".." resolved as far as it exists;
 * the part that does not exist yet is appended as written. The caller frees it. */
char *dy_path_real(const char *path);

/* The day the file at path was last changed, "YYYY-MM-DD" (UTC); false if it cannot be told. */
bool dy_file_date(const char *path, char out[11]);
/* Removes a folder if it is empty; one that is gone or not empty is no error. */
dy_status dy_dir_remove(const char *path, dy_diag *d);
/* Path helpers; each returns a string the caller frees. */
char *dy_path_join(const char *dir, const char *name);
char *dy_path_basename(const char *path);  /* "a/b/c.txt" -> "c.txt"; trailing '/' ignored */
char *dy_path_stem(const char *path);      /* "a/b/c.txt" -> "c" */
const char *dy_path_ext(const char *path); /* pointer to ".txt" inside path, or "" */
/* The folder holding the running program, symbolic links resolved ("/usr/bin" for /usr/bin/dauys,
 * whatever the current folder and argv[0]), for files installed beside it; NULL when the system
 * does not tell (Linux: /proc/self/exe). The caller frees it. */
char *dy_exe_dir(void);

/* What a worker process runs: fn(arg, out, d) appends its result to out and returns DY_OK, or
 * returns a status and fills d (the diagnostic travels back to the parent, which never prints
 * and neither does the worker). */
typedef dy_status (*dy_proc_fn)(void *arg, dy_buf *out, dy_diag *d);

/* Runs fn(arg, out, d) in a child process that starts as an exact copy of this one, and appends
 * what the child put in its out buffer to *out. The parent's memory is never changed by fn:
 * eSpeak NG carries state from one utterance to the next (its pitch-flutter phase), so each
 * sentence is synthesized in a fresh copy of the process in which eSpeak was only set up, and
 * the same sentence always gives the same samples. When fn fails, its status and its diagnostic
 * are returned here as they were in the child (nothing is appended to *out). A worker stopped
 * by SIGINT, SIGTERM or SIGHUP (Ctrl-C reaches it too) is DY_ERR_CANCELLED; one that ends without
 * reporting (a crash) is DY_ERR_SYNTH. The child dies with this process, however it ends, and
 * holds none of its open files (its locks, its temporary files). Once a stop signal has
 * arrived (dy_signals_install), it returns DY_ERR_CANCELLED at once and the child is killed. */
dy_status dy_proc_call(dy_proc_fn fn, void *arg, dy_buf *out, dy_diag *d);

/* An exclusive lock on a book's output folder while it is built: the hidden file
 * <dir>/.dauys.lock, locked with flock (the system drops the lock when the process ends,
 * however it ends; a killed build leaves the empty file, which the next one takes) and removed
 * when released. DY_ERR_BUSY when another process holds it. */
typedef struct dy_lock dy_lock;
dy_status dy_lock_take(dy_lock **out, const char *dir, dy_diag *d);
void dy_lock_release(dy_lock *l); /* accepts NULL */
/* Worker processes, several at a time: each runs fn(arg, out, d) in a child that starts as an exact
 * copy of this process (as dy_proc_call), so arg may point anywhere in this process's memory
 * and may be freed as soon as dy_pool_start returns. */
typedef struct dy_pool dy_pool;
dy_pool *dy_pool_new(void);
/* Starts a worker; id is the caller's, returned by dy_pool_wait. */
dy_status dy_pool_start(dy_pool *p, dy_proc_fn fn, void *arg, size_t id, dy_diag *d);
size_t dy_pool_running(const dy_pool *p);
/* Waits until one of the running workers ends: its id, and its output appended to *out. Errors
 * as dy_proc_call's (that worker's own status and diagnostic); DY_ERR_SYNTH when none is
 * running. *id names a worker only when it returns DY_OK (the caller frees *out either way). Once a
 * stop signal has arrived (dy_signals_install) it returns DY_ERR_CANCELLED at once, without waiting
 * for the sentences being made: the caller then frees the pool. */
dy_status dy_pool_wait(dy_pool *p, size_t *id, dy_buf *out, dy_diag *d);
/* Kills (SIGKILL) and reaps the workers still running, their work thrown away, and frees p.
 * Accepts NULL. */
void dy_pool_free(dy_pool *p);
/* Stop requests from outside: SIGINT (Ctrl-C), SIGTERM and SIGHUP are caught from then on, and
 * the first one received is remembered; a worker pool waiting then stops at once (above). A
 * Windows side will map its console events (Ctrl-C, Ctrl-Break, closing the console) to the
 * same numbers. dy_signal_received returns the signal number, or 0 while none has come. */
void dy_signals_install(void);
int dy_signal_received(void);
/* Processors online: the default number of workers. */
int dy_cpu_count(void);
/* Whether standard error is a terminal (progress bars are drawn only there). */
bool dy_stderr_is_tty(void);
/* Seconds from an arbitrary start, monotonic: for elapsed times. */
double dy_monotonic_seconds(void);

#endif

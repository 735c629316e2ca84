#!/usr/bin/env bash
# SIGTERM, SIGINT and SIGHUP to a build stop it at once, in the middle of a sentence that takes
# long to speak: the workers are killed and reaped, the exit status is 128 + the signal's number,
# no process and no temporary file is left, every visible file is whole. A worker holds no
# descriptor but 0-2 and its result pipe (not the book's lock), and dies with its parent on
# kill -9, so the next build of the book starts at once. (Ctrl-C between sentences and kill -9
# at random moments: test_interrupt.sh and test_faults.sh.)
. "$(dirname "$0")/lib.sh"

# a short first chapter, then sentences of about 3,000 words each: one takes many seconds (tens
# under the sanitizers) to speak, so a build stopped only between sentences would take that long
python3 -c "
words = 'бұл сөйлем өте ұзақ және ол ешқашан бітпейді'.split()
print('# Бірінші\n\nҚысқа тарау.\n\n# Екінші\n')
for s in range(4):
    print(' '.join(words[(i + s) % len(words)] for i in range(3000)) + '.\n')
" > long.md

pass() { passes=$((passes + 1)); }
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
# alive PID: the process exists and is not a zombie waiting for its (new) parent to reap it
alive() { [ -r "/proc/$1/stat" ] && ! grep -q '^[0-9]* (.*) Z' "/proc/$1/stat" 2>/dev/null; }
# wait_for SECONDS COMMAND...: polls COMMAND every 0.05 s until it succeeds; false if it never does
wait_for() {
  local n=$(($1 * 20))
  shift
  for _ in $(seq "$n"); do "$@" && return 0; sleep 0.05; done
  "$@"
}
two_workers() { [ "$(pgrep -P "$pid" | wc -l)" -ge 2 ]; }
parent_gone() { ! alive "$pid"; }
none_left() { ! pgrep -f "$out" >/dev/null; }
workers_gone() {
  local w
  for w in $workers; do alive "$w" && return 1; done
  return 0
}
# start NAME: a build of long.md into the unique folder $out (so that pgrep -f finds its
# processes and no other test's), once its first chapter is written and two workers speak
start() {
  out=$DY_TEST_TMP/out-$1
  rm -rf "$out"
  "$DAUYS" build -j 2 --no-cache -o "$out" long.md 2>"err-$1.txt" &
  pid=$!
  wait_for 120 test -f "$out/long/01-birinshi.vtt" || fail "$1: chapter 1 was not written"
  wait_for 120 two_workers || fail "$1: no two workers"
  workers=$(pgrep -P "$pid" | tr '\n' ' ')
}
# all_whole DIR: every visible file is whole (the MP3s decode without a warning)
all_whole() {
  local f bad=0
  while IFS= read -r f; do
    case "$f" in
      *.mp3) if ! mpg123 -t "$f" >/dev/null 2>mpg.txt || grep -Eiq 'warning|error|skipping|junk' mpg.txt; then echo "  damaged: $f"; bad=1; fi ;;
      *.vtt) head -c 6 "$f" | grep -q WEBVTT || { echo "  damaged: $f"; bad=1; } ;;
    esac
  done < <(find "$1" -type f ! -name '.*')
  return $bad
}

# the worker's descriptors: 0-2 and one pipe, its result's; not the lock, not a temporary file
start fds
for w in $workers; do
  fds=$(ls "/proc/$w/fd" | sort -n | tr '\n' ' ')
  target=$(readlink "/proc/$w/fd/3")
  if [ "$fds" = "0 1 2 3 " ] && [[ "$target" == pipe:* ]]; then pass; else
    fail "worker-fds: worker $w has open:"; ls -l "/proc/$w/fd" | sed 's/^/  /'
  fi
done
kill -TERM "$pid"
wait "$pid"

# each stop signal: the parent exits with 128 + its number well before the sentence would end
for sig in TERM:143 INT:130 HUP:129; do
  name=${sig%:*}
  start "$name"
  kill "-$name" "$pid"
  if wait_for 15 parent_gone; then pass; else fail "$name: still running after 15 s"; kill -KILL "$pid"; fi
  wait "$pid"
  status=$?
  [ "$status" -eq "${sig#*:}" ] && pass || fail "$name: exit status $status, expected ${sig#*:}"
  expect "$name-message" "err-$name.txt" '^dauys: error: interrupted; files already finished are kept'
  # no worker outlives it (the parent reaps them), no orphan
  if wait_for 5 none_left; then pass; else fail "$name: processes left:"; pgrep -af "$out"; fi
  # only whole files: chapter 1, finished before the signal; no temporary file, no lock file
  left=$(cd "$out/long" && ls -A | tr '\n' ' ')
  # the finished first chapter, and the record of what this build writes (.dauys-manifest)
  [ "$left" = ".dauys-manifest 01-birinshi.lrc 01-birinshi.mp3 01-birinshi.vtt " ] && pass ||
    fail "$name: left: $left"
  all_whole "$out" && pass || fail "$name: a file is not whole"
done

# kill -9 of the parent: its workers die with it (they are not the parent's to reap any more),
# and a new build of the same book, started at once, is not refused for a lock an orphan holds.
# The book is made short first (same name, same folder, same lock) so that it ends soon.
start KILL
kill -KILL "$pid"
wait "$pid" 2>/dev/null
if wait_for 10 workers_gone; then pass; else fail "kill-9: workers left: $workers"; fi
printf '# Бірінші\n\nҚысқа тарау.\n' > long.md
run after-kill-9 0 build -j 2 --no-cache -o "$out" long.md
[ -z "$(find "$out" -name '*.dytmp')" ] && pass || fail "after-kill-9: temporary files left"
all_whole "$out" && pass || fail "after-kill-9: a file is not whole"
finish

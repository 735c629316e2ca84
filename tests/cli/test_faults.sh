#!/usr/bin/env bash
# Faults: an output folder that cannot be made, a disk that fills up, kill -9 and Ctrl-C at
# random moments, two builds of one book at once. Whatever happens, every file with a visible
# name under the output folder is whole, and the next build completes (from the cache).
. "$(dirname "$0")/lib.sh"

python3 -c "
print('# Бірінші\n\nҚысқа тарау.\n\n# Екінші\n')
for p in range(30):
    print('Бұл сөйлем %d-бөлімде тұр, ол ұзақ және ол бітпейді. Екінші сөйлем %d.\n' % (p + 1, p + 100))
" > kitap.md

# all_whole DIR: every visible file under DIR is whole (MP3s decode without a warning to the
# length their Info frame gives; timings start as they should)
all_whole() {
  local f bad=0
  while IFS= read -r f; do
    case "$f" in
      *.mp3) if ! mpg123 -t "$f" >/dev/null 2>mpg.txt || grep -Eiq 'warning|error|skipping|junk' mpg.txt; then echo "  damaged: $f"; sed 's/^/    /' mpg.txt; bad=1; fi ;;
      *.vtt) head -c 6 "$f" | grep -q WEBVTT || { echo "  damaged: $f"; bad=1; } ;;
      *.m3u8) head -1 "$f" | grep -q '#EXTM3U' || { echo "  damaged: $f"; bad=1; } ;;
    esac
  done < <(find "$1" -type f ! -name '.*' 2>/dev/null)
  return $bad
}
check() { # check NAME: the output folder holds only whole files
  if all_whole out; then passes=$((passes + 1)); else echo "FAIL $1: a file is not whole"; fails=$((fails + 1)); fi
}

# a file where the output folder should be
touch blocked
run file-in-the-way 1 build -o blocked kitap.md
expect file-in-the-way err.txt 'blocked'
run under-a-file 1 build -o blocked/out kitap.md
expect under-a-file err.txt 'blocked: error: cannot create folder: a file stands in the way'

# a first, whole build
run first 0 build -o out kitap.md
check first
cp -r out/kitap before

# a full disk, from the first byte on: an error naming the file, nothing changed
DY_TEST_DISK_FULL_AFTER=0 run disk-full-at-once 1 build --no-cache -o out kitap.md
expect disk-full-at-once err.txt 'No space left on device'
if diff -r before out/kitap >/dev/null; then passes=$((passes + 1)); else echo "FAIL disk-full-at-once: the earlier book changed"; fails=$((fails + 1)); fi
# ... and after some bytes (within the first chapter, later in the book): whole files only
for n in 5000 300000 3000000; do
  DY_TEST_DISK_FULL_AFTER=$n run "disk-full-after-$n" 1 build --no-cache -o out kitap.md
  expect "disk-full-after-$n" err.txt 'No space left on device'
  check "disk-full-after-$n"
done
run after-disk-full 0 build -o out kitap.md
check after-disk-full

# kill -9 and Ctrl-C at random moments: only whole files, and the next build completes
rm -rf out
for i in 1 2 3 4; do
  "$DAUYS" build -q -o out kitap.md 2>/dev/null &
  pid=$!
  sleep "0.$((RANDOM % 9 + 1))"
  # the last one waits (bounded) until some sentences are in the cache, so that the resumed build
  # below has something to resume from however loaded the machine is
  if [ "$i" -eq 4 ]; then
    for _ in $(seq 300); do [ "$(find out/.cache -type f 2>/dev/null | wc -l)" -ge 3 ] && break; sleep 0.1; done
  fi
  if [ $((i % 2)) -eq 0 ]; then kill -INT "$pid" 2>/dev/null; else kill -KILL "$pid" 2>/dev/null; fi
  wait "$pid" 2>/dev/null
  check "killed-$i"
done
run resumed 0 build -o out kitap.md
check resumed
left=$(find out/kitap -name '*.dytmp' | wc -l)
[ "$left" -eq 0 ] && passes=$((passes + 1)) || { echo "FAIL resumed: $left temporary files left"; fails=$((fails + 1)); }
expect resumed-from-cache err.txt 'kitap/: 2 chapters, .*; [1-9][0-9]* of [0-9]+ sentences and titles from the cache'

# two builds of one book at once: the second stops with a clear message, the first completes
"$DAUYS" build -q --no-cache -j 1 -o out kitap.md 2>first.txt &
pid=$!
for _ in $(seq 200); do [ -n "$(find out/kitap -name '*.dytmp' 2>/dev/null | head -1)" ] && break; sleep 0.02; done
run second-at-once 1 build -o out kitap.md
expect second-at-once err.txt 'another dauys is building this book now; wait for it to finish'
wait "$pid"
status=$?
[ "$status" -eq 0 ] && passes=$((passes + 1)) || { echo "FAIL first-at-once: status $status"; cat first.txt; fails=$((fails + 1)); }
check at-once
finish

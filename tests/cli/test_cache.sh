#!/usr/bin/env bash
# The cache from the command line: a rebuild says what it reused and speaks only what changed;
# --cache DIR and --no-cache decide where it is; --jobs is checked and changes no byte.
. "$(dirname "$0")/lib.sh"

printf '# Сабақ\n\nБірінші сөйлем. Екінші сөйлем.\n\nҮшінші сөйлем.\n' > kitap.md
run first 0 build -o out kitap.md
expect first-made err.txt 'kitap/: 1 chapter, 3 sentences, .*; 0 of 4 sentences and titles from the cache$'
n=$(find out/.cache -name '*.dy' | wc -l)
# four segments and the voice's gain
[ "$n" -eq 5 ] && passes=$((passes + 1)) || { echo "FAIL entries: $n in out/.cache"; fails=$((fails + 1)); }
cp out/kitap/kitap.mp3 first.mp3

run again 0 build -o out kitap.md
expect again-reused err.txt '; 4 of 4 sentences and titles from the cache$'
cmp -s first.mp3 out/kitap/kitap.mp3 && passes=$((passes + 1)) || { echo "FAIL again: the book changed"; fails=$((fails + 1)); }

printf '# Сабақ\n\nБірінші сөйлем. Екінші ұзын сөйлем.\n\nҮшінші сөйлем.\n' > kitap.md
run edited 0 build -o out kitap.md
expect edited-reused err.txt '; 3 of 4 sentences and titles from the cache$'

# --no-cache keeps nothing and says nothing of a cache; the bytes are the same
run no-cache 0 build --no-cache -j 1 -o plain kitap.md
[ ! -e plain/.cache ] && passes=$((passes + 1)) || { echo "FAIL no-cache: plain/.cache exists"; fails=$((fails + 1)); }
if grep -q 'from the cache' err.txt; then echo "FAIL no-cache: mentions the cache"; fails=$((fails + 1)); else passes=$((passes + 1)); fi
cmp -s plain/kitap/kitap.mp3 out/kitap/kitap.mp3 && passes=$((passes + 1)) || { echo "FAIL no-cache: other bytes"; fails=$((fails + 1)); }

# --cache DIR: the cache goes there, not into the output folder; the last of the two wins
run elsewhere 0 build --no-cache --cache shared -j 3 -o other kitap.md
[ -d shared ] && [ ! -e other/.cache ] && passes=$((passes + 1)) || { echo "FAIL elsewhere"; fails=$((fails + 1)); }
cmp -s other/kitap/kitap.mp3 out/kitap/kitap.mp3 && passes=$((passes + 1)) || { echo "FAIL elsewhere: other bytes"; fails=$((fails + 1)); }
run last-wins 0 build --cache shared --no-cache -o other2 kitap.md
if grep -q 'from the cache' err.txt; then echo "FAIL last-wins"; fails=$((fails + 1)); else passes=$((passes + 1)); fi

# a damaged entry is made again, and said so
f=$(find shared -name '*.dy' -size +1k | head -1)
printf 'XXXX' | dd of="$f" bs=1 seek=100 conv=notrunc 2>/dev/null
run damaged 0 build --cache shared -o other kitap.md
expect damaged-said err.txt '; 3 of 4 sentences and titles from the cache, damaged entries made again$'
cmp -s other/kitap/kitap.mp3 out/kitap/kitap.mp3 && passes=$((passes + 1)) || { echo "FAIL damaged: other bytes"; fails=$((fails + 1)); }

# a cache that cannot be written only costs time
touch blocker
run unwritable 0 build --cache blocker/cache -o other3 kitap.md
cmp -s other3/kitap/kitap.mp3 out/kitap/kitap.mp3 && passes=$((passes + 1)) || { echo "FAIL unwritable: other bytes"; fails=$((fails + 1)); }

run bad-jobs 2 build -j 0 kitap.md && expect bad-jobs err.txt "bad value for --jobs: '0'"
run bad-jobs-word 2 build --jobs many kitap.md && expect bad-jobs-word err.txt "bad value for --jobs: 'many'"
run cache-needs-dir 2 build kitap.md --cache && expect cache-needs-dir err.txt '--cache needs a value: DIR'
finish

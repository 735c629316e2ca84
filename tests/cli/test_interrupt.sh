#!/usr/bin/env bash
# Ctrl-C during a build: exit status 130, a one-line message, and no half-written file; the
# next build of the same book completes it, reusing the sentences made before the interrupt.
. "$(dirname "$0")/lib.sh"

python3 -c "
import sys
words = 'бұл сөйлем өте ұзақ және ол ешқашан бітпейді'.split()
print('# Бірінші\n\nҚысқа тарау.\n\n# Екінші\n')
for p in range(100): # every sentence different: none is found in the cache twice
    print(' '.join(words) + ' ' + str(p + 1) + '. ' + ', '.join(words) + ' ' + str(p + 1001) + '.\n')
" > kitap.md

"$DAUYS" build -o out kitap.md 2>err.txt &
pid=$!
# wait until the first chapter's file is finished, then interrupt
for _ in $(seq 600); do [ -f out/kitap/01-birinshi.vtt ] && break; sleep 0.05; done
sleep 0.2
kill -INT "$pid"
wait "$pid"
status=$?
if [ "$status" -eq 130 ]; then passes=$((passes + 1)); else echo "FAIL interrupt: status $status"; cat err.txt; fails=$((fails + 1)); fi
expect interrupt-message err.txt '^dauys: error: interrupted; files already finished are kept'
# only whole files: chapter 1 and its timings (finished before the interrupt), no temporary or
# partial file; and the record of what the build was to write, so the next one may replace it
left=$(cd out/kitap && ls -A | tr '\n' ' ')
if [ "$left" = ".dauys-manifest 01-birinshi.lrc 01-birinshi.mp3 01-birinshi.vtt " ]; then passes=$((passes + 1)); else echo "FAIL interrupt: left: $left"; fails=$((fails + 1)); fi
if mpg123 -t out/kitap/01-birinshi.mp3 2>mpg.txt && ! grep -Eiq 'warning|error' mpg.txt; then passes=$((passes + 1)); else echo "FAIL interrupt: chapter 1 is damaged"; fails=$((fails + 1)); fi

run rebuild 0 build -o out kitap.md
expect rebuild-reuses err.txt 'kitap/: 2 chapters, 101 sentences, .*; [1-9][0-9]* of 103 sentences and titles from the cache$'
left=$(cd out/kitap && ls -A | tr '\n' ' ')
if [ "$left" = ".dauys-manifest 01-birinshi.lrc 01-birinshi.mp3 01-birinshi.vtt 02-ekinshi.lrc 02-ekinshi.mp3 02-ekinshi.vtt kitap.cue kitap.html kitap.lrc kitap.m3u8 kitap.mp3 kitap.vtt " ]; then passes=$((passes + 1)); else echo "FAIL rebuild: $left"; fails=$((fails + 1)); fi
finish

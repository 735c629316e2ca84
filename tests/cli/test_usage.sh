#!/usr/bin/env bash
# The command line: help, version, voices, usage errors (status 2), options reaching the build.
. "$(dirname "$0")/lib.sh"

run help 0 --help && expect help out.txt '^Usage: dauys build \[OPTIONS\] INPUT\.\.\.'
expect help-lists-options out.txt '--bitrate KBPS'
run version 0 --version && expect version out.txt '^dauys [0-9]+\.[0-9]+\.[0-9]+$'
expect version-espeak out.txt '^eSpeak NG 1\.'
expect version-lame out.txt '^LAME 3\.'
run voices 0 voices && expect voices out.txt '^kk +Kazakh'
expect voices-slow out.txt '^kk-slow +Kazakh for learners'
expect voices-fast out.txt '^kk-fast +Kazakh, fast'
expect voices-female out.txt '^kk-female +Kazakh, female voice'

run no-args 2
run unknown-command 2 speak && expect unknown-command err.txt "unknown command 'speak'"
run unknown-option 2 build --fast x.txt && expect unknown-option err.txt "unknown option '--fast'"
run no-input 2 build && expect no-input err.txt 'no input'
run bad-bitrate 2 build --bitrate 65 x.txt && expect bad-bitrate err.txt 'bitrate 65 kbps is not one MP3 allows at 22050 Hz'
run bad-rate 2 build --rate fast x.txt && expect bad-rate err.txt "bad value for --rate: 'fast'"
run bad-pause 2 build --sentence-pause -1 x.txt && expect bad-pause err.txt 'bad value for --sentence-pause'
run missing-value 2 build x.txt --voice && expect missing-value err.txt -- '--voice needs a value'
run no-voice 2 build --voice nosuch x.txt && expect no-voice err.txt "no voice preset 'nosuch'"

printf '[voice]\nrate = 900\n' > fast.ini
run bad-preset 2 build --voice ./fast.ini x.txt && expect bad-preset err.txt '^\./fast\.ini:2:1: error: bad value for rate'
printf '[voice]\nspeed = 100\n' > typo.ini
run preset-typo 2 build --voice ./typo.ini x.txt && expect preset-typo err.txt "^\./typo\.ini:2:1: error: unknown key 'speed'"

run bad-variant 2 build --variant nosuch x.txt && expect bad-variant err.txt "no voice variant 'nosuch'"
mkdir -p a b && printf 'Сәлем.\n' > a/kitap.txt && cp a/kitap.txt b/kitap.txt
run same-folder 2 build -o out a/kitap.txt b/kitap.txt && expect same-folder err.txt "would both be written to out/kitap/"
expect_empty_dir same-folder out
if [ -w /dev/full ]; then
  "$DAUYS" --help > /dev/full 2>err.txt && { echo "FAIL full-stdout: exit 0"; fails=$((fails + 1)); } || passes=$((passes + 1))
  expect full-stdout err.txt 'cannot write standard output'
fi

# options reach the files: bit rate, WAV, output folder, --voice by name, a Cyrillic title
printf '# Бірінші бөлім\n\nСәлем, әлем!\n' > 'сабақ.md'
run build 0 build -q --voice kk-slow --bitrate 32 --wav -o lessons 'сабақ.md'
[ -s out.txt ] && { echo "FAIL build: --quiet printed on stdout"; fails=$((fails + 1)); }
[ -s err.txt ] && { echo "FAIL build: --quiet printed:"; cat err.txt; fails=$((fails + 1)); }
for f in lessons/sabaq/01-birinshi-bolim.mp3 lessons/sabaq/01-birinshi-bolim.wav lessons/sabaq/sabaq.m3u8; do
  [ -s "$f" ] && passes=$((passes + 1)) || { echo "FAIL build: missing $f"; fails=$((fails + 1)); ls -R lessons; }
done
if mpg123 -t lessons/sabaq/01-birinshi-bolim.mp3 2>mpg.txt; then passes=$((passes + 1)); else echo "FAIL build: mpg123 failed"; fails=$((fails + 1)); fi
expect bitrate mpg.txt 'MPEG 2\.0 L III cbr32 22050 mono'
if grep -Eiq 'warning|error' mpg.txt; then echo "FAIL decode: mpg123 warned:"; cat mpg.txt; fails=$((fails + 1)); else passes=$((passes + 1)); fi

# the summary line names the book folder
run summary 0 build -o lessons 'сабақ.md'
expect summary err.txt '^lessons/sabaq/: 1 chapter, 1 sentences, 0:00:0[0-9] of audio, -1[789]\.[0-9] LUFS'
expect summary-chapter err.txt '^lessons/sabaq/01-birinshi-bolim\.mp3: chapter 1 of 1, 0:0[0-9], -1[789]\.[0-9] LUFS, true peak -[0-9.]+ dBTP$'
run verbose 0 build -v -o lessons 'сабақ.md'
expect verbose-loudness err.txt '^lessons/sabaq/01-birinshi-bolim\.mp3: chapter 1 of 1, 0:0[0-9], -1[789]\.[0-9] LUFS, true peak -[0-9.]+ dBTP$'

# normalize: what eSpeak will be given, one sentence a line; --split-only: the sentences
printf '# Тарау\n\n1917 ж. 24 қазанда басталды. Ол 2-ші рет т.б.\n' > n.md
run normalize 0 normalize n.md
expect normalize-title out.txt '^Тарау$'
expect normalize-year out.txt '^мың тоғыз жүз он жетінші жылы жиырма төртінші қазанда басталды\.$'
expect normalize-suffix out.txt '^Ол екінші рет тағы басқа\.$'
"$DAUYS" normalize --split-only < n.md > out.txt
expect split-only out.txt '^1917 ж\. 24 қазанда басталды\.$'
expect split-only-2 out.txt '^Ол 2-ші рет т\.б\.$'
run normalize-missing 1 normalize nosuch.md && expect normalize-missing err.txt '^nosuch\.md: error: no such file'

# scripts/fuzz names its targets when given a wrong one (it stops before building anything), and
# the names it lists are exactly the fuzz targets of tests/fuzz/
"$DY_SOURCE/scripts/fuzz" 5 nosuch >out.txt 2>err.txt </dev/null
if [ $? -eq 2 ]; then passes=$((passes + 1)); else echo "FAIL fuzz-no-target: exit status not 2"; fails=$((fails + 1)); fi
fuzz_targets=$(cd "$DY_SOURCE/tests/fuzz" && ls fuzz_*.c | sed 's/^fuzz_//; s/\.c$//' | sort | tr '\n' ' ')
listed=$(sed -n "s/^scripts\/fuzz: no target 'nosuch' (targets: \(.*\))$/\1/p" err.txt | tr ' ' '\n' | sort | tr '\n' ' ')
if [ -n "$listed" ] && [ "$listed" = "$fuzz_targets" ]; then
  passes=$((passes + 1))
else
  echo "FAIL fuzz-targets: listed '$listed', tests/fuzz/ has '$fuzz_targets'; stderr:"; sed 's/^/  /' err.txt
  fails=$((fails + 1))
fi

finish

#!/usr/bin/env bash
# A book of 20,000 tiny sentences (issue 13: memory flat in the number of sentences): the
# timeline's sentences past the first few thousand spill to a scratch file, which the writers
# read back in order. The WebVTT files and the read-along page have one cue (one span) per
# sentence, in book order; the scratch file is never visible in the folder (it is unlinked as
# soon as it is made) and nothing temporary is left after a success, a full disk or SIGTERM.
. "$(dirname "$0")/lib.sh"

N=20000
# two chapters of 10,000 sentences "Иә." in paragraphs of 100 (the cache speaks the one sentence
# once: the build is quick)
python3 -c "
para = ' '.join(['Иә.'] * 100) + '\n\n'
print('# Бірінші\n\n' + para * 100 + '# Екінші\n\n' + para * 100, end='')
" > many.md
fast=(--bitrate 8 --rate 450 --sentence-pause 0 --paragraph-pause 0 --title-pause 0 -j 2)

pass() { passes=$((passes + 1)); }
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
# no_temporary NAME DIR: no temporary file (.*.dytmp, the scratch file's name included) in DIR
no_temporary() {
  local left
  left=$(find "$2" -name '*.dytmp' -o -name '*scratch*')
  [ -z "$left" ] && pass || fail "$1: temporary files left: $left"
}

run build 0 build "${fast[@]}" --cache cache -o out many.md
book=out/many

# WebVTT: chapter files "c1-s1" .. "c1-s10000" and "c2-s1" .. "c2-s10000", the book's file all
# 20,000, in order, each with the sentence's text and times that never go back
check_vtt() { # NAME FILE CHAPTERS...: the cue ids of FILE are those of CHAPTERS, in order
  local name=$1 file=$2 c want got
  shift 2
  want=$(for c in "$@"; do seq -f "c$c-s%.0f" 1 10000; done)
  got=$(grep -E '^c[0-9]+-s[0-9]+$' "$file")
  [ "$got" = "$want" ] && pass || fail "$name: the cue ids are not c<chapter>-s1..s10000 in order"
  [ "$(grep -c '^Иә\.$' "$file")" -eq $(($# * 10000)) ] && pass ||
    fail "$name: not one 'Иә.' per cue"
  grep -E -- '-->' "$file" | sed 's/ --> /\n/' | LC_ALL=C sort -c 2>/dev/null && pass ||
    fail "$name: the times go back"
}
check_vtt vtt-chapter-1 "$book/01-birinshi.vtt" 1
check_vtt vtt-chapter-2 "$book/02-ekinshi.vtt" 2
check_vtt vtt-book "$book/many.vtt" 1 2
[ "$(grep -c '^\[[0-9:.]*\]Иә\.$' "$book/many.lrc")" -eq $N ] && pass || fail "lrc: not $N lines"

# the page: spans s1 .. s20000 in order, each with its sentence
got=$(grep -o '<span class="s" id="s[0-9]*"' "$book/many.html" | sed 's/.*id="s//; s/"//')
[ "$got" = "$(seq 1 $N)" ] && pass || fail "page: the spans are not s1..s$N in order"
[ "$(grep -o '">Иә\.</span>' "$book/many.html" | wc -l)" -eq $N ] && pass ||
  fail "page: not one sentence per span"
no_temporary success "$book"

# while it builds, the scratch file is open in the parent and has no name in the folder; a
# SIGTERM then leaves nothing temporary either
rm -rf out2
"$DAUYS" build "${fast[@]}" --cache cache -o out2 many.md 2>err-term.txt &
pid=$!
spilled() { ls -l "/proc/$pid/fd" 2>/dev/null | grep -q 'dauys-scratch.*(deleted)'; }
for _ in $(seq 600); do spilled && break; sleep 0.05; done
if spilled; then pass; else fail "term: no unlinked scratch file seen open in the parent"; fi
kill -TERM "$pid"
wait "$pid"
status=$?
[ "$status" -eq 143 ] && pass || fail "term: exit status $status, expected 143"
no_temporary term out2

# a disk that fills up late in the build (after the spill began): the build fails, and nothing
# temporary is left
total=$(find "$book" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
rm -rf out3
DY_TEST_DISK_FULL_AFTER=$((total * 9 / 10)) run disk-full 1 build "${fast[@]}" --cache cache \
  -o out3 many.md
expect disk-full-message err.txt 'No space left on device'
no_temporary disk-full out3
finish

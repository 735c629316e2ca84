#!/usr/bin/env bash
# A very long sentence, with and without punctuation, builds into a clean MP3 whose length
# matches the words in it (nothing lost when it is read in pieces).
. "$(dirname "$0")/lib.sh"

python3 - <<'PY'
words = "бұл сөйлем өте ұзақ және ол ешқашан бітпейді".split()
with open("commas.txt", "w") as f:
    f.write(", ".join(" ".join(words) for _ in range(60)) + ".\n")
with open("bare.txt", "w") as f:
    f.write(" ".join(words[i % len(words)] for i in range(1500)) + "\n")
PY
for b in commas bare; do
  run "$b" 0 build -q -o out "$b.txt"
  mp3="out/$b/01-$b.mp3"
  if mpg123 -t "$mp3" 2>mpg.txt && ! grep -Eiq 'warning|error' mpg.txt; then passes=$((passes + 1)); else
    echo "FAIL $b: decode"; cat mpg.txt; fails=$((fails + 1)); fi
done
# every word is read: 420 and 1500 words at 160 words a minute are at least 2 and 7 minutes
minutes() { mpg123 -t "$1" 2>&1 | sed -n 's/^\[\([0-9]*\):[0-9]*\] Decoding.*/\1/p'; }
check_len() {
  local m
  m=$(minutes "out/$1/01-$1.mp3")
  [ "${m:-0}" -ge "$2" ] && passes=$((passes + 1)) || { echo "FAIL $1: only ${m:-0} minutes"; fails=$((fails + 1)); }
}
check_len commas 2
check_len bare 7
# a long sentence is spoken as several segments of bounded audio (at most ~3 minutes each, so no
# worker holds more), which the timeline joins back into one sentence: one cue
for b in commas bare; do
  cues=$(grep -c -- '-->' "out/$b/01-$b.vtt")
  [ "$cues" = 1 ] && passes=$((passes + 1)) || { echo "FAIL $b: $cues cues, expected 1"; fails=$((fails + 1)); }
done
sizes=$(find out/.cache -type f -size +4k -printf '%s\n' | sort -n)
n=$(echo "$sizes" | wc -l) biggest=$(echo "$sizes" | tail -1)
# bare (1500 words, over 9 minutes) alone needs at least 4 segments; 64 kbps is 8000 bytes a second
[ "$n" -ge 5 ] && passes=$((passes + 1)) || { echo "FAIL segments: only $n in the cache"; fails=$((fails + 1)); }
[ "$biggest" -le $((180 * 8000)) ] && passes=$((passes + 1)) || { echo "FAIL segments: one of $biggest bytes (over 3 minutes)"; fails=$((fails + 1)); }
finish

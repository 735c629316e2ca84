#!/usr/bin/env bash
# Issue 13: every size limit of the README's "Limits" is enforced on any input, at the limit the
# input is read, one byte (line, entry) over it the error names file:line:column and the limit.
# Inputs are made here with python3 and head -c; each check takes well under a second.
. "$(dirname "$0")/lib.sh"

PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
asan=0 # a sanitized binary maps terabytes of shadow memory: no ulimit -v for it
ldd "$DAUYS" 2>/dev/null | grep -q libasan && asan=1

# stdin_run NAME STATUS INPUT ARGS...: runs dauys with INPUT (a file or device) on standard input
# and, unless sanitized, at most 512 MB of address space: a reader that kept /dev/zero would die.
stdin_run() {
  local name=$1 want=$2 input=$3
  shift 3
  if [ "$asan" = 1 ]; then
    "$DAUYS" "$@" >out.txt 2>err.txt <"$input"
  else
    (ulimit -v 524288 && exec "$DAUYS" "$@" >out.txt 2>err.txt <"$input")
  fi
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL $name: exit status $got, expected $want; stderr:"; sed 's/^/  /' err.txt
    fails=$((fails + 1))
  else
    passes=$((passes + 1))
  fi
}
# no_match NAME FILE REGEX: FILE has no line matching REGEX
no_match() {
  if grep -Eq -- "$3" "$2"; then echo "FAIL $1: $2 matches '$3'"; fails=$((fails + 1)); else passes=$((passes + 1)); fi
}
# text NAME BYTES: a line of BYTES bytes of Cyrillic letters (2 bytes each; BYTES is even)
letters() { "$PY" -c "import sys; sys.stdout.write('ә' * ($1 // 2))"; }

# 1. Standard input and files: at most 64 MiB. /dev/zero stops at its first byte (a NUL: not
# text), not in 4 GB of memory; an endless text stops at the limit.
stdin_run stdin-zero 1 /dev/zero normalize -
expect stdin-zero err.txt '^<stdin>:1:1: error: NUL byte: this is a binary file, not UTF-8 text$'
stdin_run stdin-endless 1 <(yes 'Иә, иә.') normalize -
expect stdin-endless err.txt '^<stdin>: error: standard input is over 64 MiB \(limit 64 MiB\)$'
mkdir -p built
stdin_run stdin-endless-build 1 <(yes 'Иә, иә.') build -o built -
expect stdin-endless-build err.txt '^<stdin>: error: standard input is over 64 MiB \(limit 64 MiB\)$'
expect_empty_dir stdin-endless-build built
head -c $((64 << 20)) /dev/zero > at.bin # at the limit: read whole, then refused as binary
stdin_run stdin-at-limit 1 at.bin normalize -
expect stdin-at-limit err.txt '^<stdin>:1:1: error: NUL byte'
rm -f at.bin
truncate -s $((64 << 20)) at.txt # sparse: no 64 MiB written to the disk
run file-at-limit 1 normalize at.txt
expect file-at-limit err.txt '^at\.txt:1:1: error: NUL byte'
truncate -s $(((64 << 20) + 1)) at.txt
run file-over-limit 1 normalize at.txt
expect file-over-limit err.txt '^at\.txt: error: the file is over 64 MiB \(limit 64 MiB\)$'
rm -f at.txt

# 2. Lexicon forms: at most 1,000 bytes each.
printf 'Бұл кітап бар.\n' > kitap.txt
printf '# forms\n\nкітап\t%s\n' "$(letters 1000)" > kitap.lexicon
run spoken-at-limit 0 normalize kitap.txt
expect spoken-at-limit out.txt "^Бұл $(letters 1000) бар\.$"
printf '# forms\n\nкітап\t%sә\n' "$(letters 1000)" > kitap.lexicon
run spoken-over-limit 1 normalize kitap.txt
expect spoken-over-limit err.txt '^kitap\.lexicon:3:7: error: lexicon: the spoken form is too long \(limit 1000 bytes\)$'
printf '%s\tсөз\n' "$(letters 1002)" > kitap.lexicon
run written-over-limit 1 normalize kitap.txt
expect written-over-limit err.txt '^kitap\.lexicon:1:1: error: lexicon: the written form is too long \(limit 1000 bytes\)$'
rm kitap.lexicon

# 3. Expansion: a lexicon's spoken forms in one sentence are at most 8 x its bytes + 4096. A short
# word read as 1,000 bytes, 100,000 times in one sentence, ends with the error, in bounded memory
# (the 1.1 MB sentence has no final mark, so the splitter's first 256 KiB window ends at a space).
printf 'кітап\t%s\n' "$(letters 1000)" > big.lexicon
"$PY" -c "import sys; sys.stdout.write('Бұл\n\nМұнда ' + 'кітап ' * 100000 + 'бар.\n')" > many.txt
stdin_run expansion-over 1 /dev/null normalize --lexicon big.lexicon many.txt
expect expansion-over err.txt "^many\.txt:3:1: error: the lexicon's spoken forms make this sentence too long \(limit 2101216 bytes: 8 times its 262140 bytes \+ 4096\)$"
mkdir -p built
stdin_run expansion-over-build 1 /dev/null build -o built --lexicon big.lexicon many.txt
expect expansion-over-build err.txt "^many\.txt:3:1: error: the lexicon's spoken forms make this sentence too long"
# at the limit: "кітап кітап кітап кітап." is 44 bytes: 8 x 44 + 4096 = 4448 >= 4 x 1000 (4 reads
# fit); five in "кітап кітап кітап кітап кітап." (55 bytes: 4536 < 5000) do not
printf 'кітап кітап кітап кітап.\n' > four.txt
run expansion-at-limit 0 normalize --lexicon big.lexicon four.txt
expect expansion-at-limit out.txt "^$(letters 1000) $(letters 1000) $(letters 1000) $(letters 1000)\.$"
printf 'кітап кітап кітап кітап кітап.\n' > five.txt
run expansion-five 1 normalize --lexicon big.lexicon five.txt
expect expansion-five err.txt "^five\.txt:1:1: error: the lexicon's spoken forms make this sentence too long \(limit 4536 bytes"

# 4. Lexicon entries: at most 1,000,000 in all the lexicons of a book.
"$PY" -c "import sys; sys.stdout.write(''.join(f'w{i}\tсөз\n' for i in range(1000000)))" > million.lexicon
run entries-at-limit 0 normalize --lexicon million.lexicon kitap.txt
printf 'w\tсөз\n' >> million.lexicon
run entries-over-limit 1 normalize --lexicon million.lexicon kitap.txt
expect entries-over-limit err.txt '^million\.lexicon:1000001:1: error: lexicon: too many entries \(limit 1000000 in all the lexicons of a book\)$'
rm million.lexicon

# 5. Front matter: title, author, narrator 300 bytes, description 4,000; the block closes within
# 200 lines and 32 KiB.
fm() { # fm FILE KEY BYTES: a text whose front matter sets KEY to BYTES bytes
  printf -- '---\n%s: %s\n---\nМәтін.\n' "$2" "$(letters "$3")" > "$1"
}
for key in title author narrator; do
  fm $key.md $key 300
  run $key-at-limit 0 normalize --split-only $key.md
  fm $key.md $key 302
  run $key-over-limit 1 normalize --split-only $key.md
  expect $key-over-limit err.txt "^$key\\.md:2:$((${#key} + 3)): error: front matter: the $key is too long \\(limit 300 bytes\\)$"
done
fm description.md description 4000
run description-at-limit 0 normalize --split-only description.md
fm description.md description 4002
run description-over-limit 1 normalize --split-only description.md
expect description-over-limit err.txt '^description\.md:2:14: error: front matter: the description is too long \(limit 4000 bytes\)$'
"$PY" -c "import sys; sys.stdout.write('---\n' + '# note\n' * 198 + 'title: Т\n---\nМәтін.\n')" > fm-lines.md
run front-matter-200-lines 0 normalize --split-only fm-lines.md
"$PY" -c "import sys; sys.stdout.write('---\n' + '# note\n' * 199 + 'title: Т\n---\nМәтін.\n')" > fm-lines.md
run front-matter-201-lines 1 normalize --split-only fm-lines.md
expect front-matter-201-lines err.txt "^fm-lines\\.md:1:1: error: front matter opened here is not closed with '---' \\(limit 200 lines, 32768 bytes\\)$"
"$PY" -c "import sys; sys.stdout.write('---\ntitle: Т\n' + '#' * 40000 + '\n---\nМәтін.\n')" > fm-bytes.md
run front-matter-bytes 1 normalize --split-only fm-bytes.md
expect front-matter-bytes err.txt "^fm-bytes\\.md:1:1: error: front matter opened here is not closed"
# a '---' that never closes, before a long text, is found at once
"$PY" -c "import sys; sys.stdout.write('---\n' + 'Мәтін.\n' * 1000000)" > open.md
run front-matter-open 1 normalize --split-only open.md
expect front-matter-open err.txt "^open\\.md:1:1: error: front matter opened here is not closed with '---' \\(limit"

# 6. Headings: at most 4,000 bytes of title; a book has at most 10,000 chapters.
printf '# %s\n\nМәтін.\n' "$(letters 4000)" > heading.md
run heading-at-limit 0 normalize --split-only heading.md
printf 'Кіріспе.\n\n# %s\n\nМәтін.\n' "$(letters 4002)" > heading.md
run heading-over-limit 1 normalize --split-only heading.md
expect heading-over-limit err.txt '^heading\.md:3:3: error: heading too long \(limit 4000 bytes\)$'
"$PY" -c "import sys; sys.stdout.write(''.join(f'# Т{i}\n\nМәтін.\n\n' for i in range(10000)))" > chapters.md
run chapters-at-limit 0 normalize --split-only chapters.md
[ "$(grep -c '^Мәтін\.$' out.txt)" -eq 10000 ] && passes=$((passes + 1)) || { echo "FAIL chapters-at-limit: not 10000 sentences"; fails=$((fails + 1)); }
printf '# Артық\n\nМәтін.\n' >> chapters.md
run chapters-over-limit 1 normalize --split-only chapters.md
expect chapters-over-limit err.txt '^chapters\.md:40001:3: error: too many chapters \(limit 10000 in a book\)$'
no_match chapters-over-limit out.txt '.'

# 7. A paragraph is split a window of 256 KiB at a time (the splitter holds 12 bytes a byte of
# what it splits): a 1.7 MB paragraph on one line still gives every sentence whole, and the
# last one alone ends the paragraph
"$PY" -c "import sys; sys.stdout.write('Бір сөйлем бар. ' * 80000)" > onepara.txt
run one-paragraph 0 normalize --split-only onepara.txt
[ "$(grep -c '^Бір сөйлем бар\.$' out.txt)" -eq 80000 ] && [ "$(wc -l < out.txt)" -eq 80000 ] &&
  passes=$((passes + 1)) || { echo "FAIL one-paragraph: not 80000 whole sentences"; fails=$((fails + 1)); }

finish

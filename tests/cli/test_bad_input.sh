#!/usr/bin/env bash
# Every bad input of issue 2 gives a one-line error naming file[:line:column], a non-zero exit
# status, and nothing written.
. "$(dirname "$0")/lib.sh"

bad() { # bad NAME FILE REGEX
  run "$1" 1 build -o out "$2" && expect "$1" err.txt "$3"
  [ "$(wc -l < err.txt)" -eq 1 ] || { echo "FAIL $1: more than one line:"; cat err.txt; fails=$((fails + 1)); }
  expect_empty_dir "$1" out
  rm -rf out
}

bad missing nosuch.txt '^nosuch\.txt: error: no such file or folder$'

: > empty.txt
bad empty empty.txt '^empty\.txt: error: the file is empty$'

printf ' \n\t\n  \n' > blank.txt
bad blank blank.txt '^blank\.txt: error: there is no text to read$'

printf 'Мәтін\000\001\002' > binary.txt
bad binary binary.txt '^binary\.txt:1:6: error: NUL byte: this is a binary file'

printf 'Бірінші жол.\nЕкінші \xd2 жол.\n' > bad-utf8.txt
bad invalid-utf8 bad-utf8.txt '^bad-utf8\.txt:2:8: error: invalid UTF-8 \(byte 0xD2\)'

printf 'a\xc0\xafb' > overlong.txt
bad overlong overlong.txt '^overlong\.txt:1:2: error: invalid UTF-8'

printf 'a\xed\xa0\x80b' > surrogate.txt
bad surrogate surrogate.txt '^surrogate\.txt:1:2: error: invalid UTF-8'

printf '\xff\xfeM\x00\xe4\x04' > utf16.txt
bad utf16 utf16.txt '^utf16\.txt: error: the file is UTF-16 text; save it as UTF-8'

printf -- '---\ntitle: Кітап\n\nМәтін.\n' > unclosed.md
bad unclosed-front-matter unclosed.md '^unclosed\.md:1:1: error: front matter opened here is never closed'

printf -- '---\nautor: Біреу\n---\nМәтін.\n' > badkey.md
bad unknown-front-matter-key badkey.md '^badkey\.md:2:1: error: front matter: unknown key'

printf '* * *\n\n~~~\n' > symbols.txt
bad symbols-only symbols.txt '^symbols\.txt: error: there is no text to read$'

printf -- '---\ncover: nosuch.jpg\n---\nМәтін.\n' > nocover.md
bad missing-cover nocover.md "^nocover\.md: error: front matter: cover 'nosuch\.jpg': cannot open"
printf -- '---\ncover: notes.txt\n---\nМәтін.\n' > txtcover.md
printf 'not an image' > notes.txt
bad non-image-cover txtcover.md "^txtcover\.md: error: front matter: cover 'notes\.txt': not a JPEG or PNG image$"
printf -- '---\ncover: /dev/zero\n---\nМәтін.\n' > devcover.md
bad cover-absolute devcover.md "^devcover\.md:2:8: error: front matter: cover '/dev/zero' is outside the book's folder"
# front-matter values that cannot be used: years, dates, an empty cover (file:line:column)
for y in 0000 -500 12345678901234567890 2024-13-45 MMXX; do
  printf -- '---\ntitle: Т\nyear: %s\n---\nМәтін.\n' "$y" > year.md
  bad "year-$y" year.md "^year\.md:3:7: error: front matter: year '$y' is not a year from 1 to 9999"
done
printf -- '---\ntitle: Т\ndate: 2024-13-45\n---\nМәтін.\n' > date.md
bad date-key date.md '^date\.md:3:1: error: front matter: unknown key'
printf -- '---\ntitle: Т\ncover:\n---\nМәтін.\n' > emptycover.md
bad empty-cover emptycover.md '^emptycover\.md:3:7: error: front matter: cover is empty'
printf -- '---\ncover: ""\n---\nМәтін.\n' > emptycover2.md
bad empty-cover-quoted emptycover2.md '^emptycover2\.md:2:9: error: front matter: cover is empty'
printf -- '---\nlanguage: Kazakh\n---\nМәтін.\n' > lang.md
bad bad-language lang.md "^lang\.md: error: front matter: language 'Kazakh'"

mkdir -p emptydir
bad folder-without-texts emptydir '^emptydir: error: the folder has no \.txt or \.md files$'

# a bad book among good ones: the good ones are built, the status says one failed
printf 'Бір сөйлем.\n' > good.txt
run mixed 1 build -q -o out good.txt empty.txt
expect mixed err.txt '^empty\.txt: error: the file is empty$'
[ -f out/good/01-good.mp3 ] && passes=$((passes + 1)) || { echo "FAIL mixed: good book not built"; fails=$((fails + 1)); }
rm -rf out

finish

#!/usr/bin/env bash
# dauys check: every kind of guess at its file:line:column (columns in characters), the count
# per kind, a clean text, a folder book, the lexicon beside a text, --no-latin-voice, a title
# written in the front matter, --strict, and inputs that cannot be read.
. "$(dirname "$0")/lib.sh"

# same NAME EXPECTED_FILE: out.txt is exactly EXPECTED_FILE
same() {
  if diff -u "$2" out.txt >diff.txt; then
    passes=$((passes + 1))
  else
    echo "FAIL $1: the output differs:"; sed 's/^/  /' diff.txt
    fails=$((fails + 1))
  fi
}

cat > kitap.md <<'TEXT'
---
title: Кітап
---
# Бірінші тарау

Ол БІЗ деді, ал ЖЖЖ белгісіз. Кітап бүг. күні алынды.
Ресейдiң астанасы Мәскеу. Microsoft Word бағдарламасы. 10 шт. алма әкелді.
Кездесу 9.30 болады. Сағат 9.30 кезде келді. 3.2.1 бөлімді оқы.
Ол Қазақstan жерінде. Қашықтығы 180 ft. Ол XV ғасырда өмір сүрді.
Он сказал, что это было в 1917 г. на улице. Búgin aýa raıy jyly bolady.
TEXT
# БІЗ is a Kazakh word: the note needs hunspell's Kazakh dictionary (scripts/setup installs it)
note=''
[ -f /usr/share/hunspell/kk_KZ.dic ] && note='  [a word in the dictionary]'
cat > want.txt <<WANT
kitap.md:6:4: acronym-spelled: БІЗ → бэ і зэ$note
kitap.md:6:17: acronym-spelled: ЖЖЖ → жэ жэ жэ
kitap.md:6:37: abbreviation-unknown: бүг. → бүг.
kitap.md:7:1: mixed-script: Ресейдiң → Ресейдің  [folded]
kitap.md:7:27: latin: Microsoft Word → Microsoft Word  [English voice]
kitap.md:7:56: number-fallback: 10 шт → он шт
kitap.md:7:59: abbreviation-unknown: шт. → шт.
kitap.md:8:9: time-or-decimal: 9.30 → тоғыз бүтін жүзден отыз
kitap.md:8:46: number-fallback: 3.2.1 → үш, екі, бір
kitap.md:9:4: mixed-script: Қазақstan → Қазақstan  [not repaired]
kitap.md:9:33: number-fallback: 180 ft → жүз сексен ft
kitap.md:9:37: latin: ft → ft  [English voice]
kitap.md:10:1: language: Он сказал, что это было в 1917 г. на улице. → Он сказал, что это было в тысяча девятьсот семнадцатом году на улице.  [Russian, read by the ru voice]
kitap.md:10:45: language: Búgin aýa raıy jyly bolady. → Бүгін ауа райы жылы болады.  [Kazakh in Latin letters, read in Cyrillic]
acronym-spelled: 2
abbreviation-unknown: 2
mixed-script: 2
number-fallback: 3
latin: 2
time-or-decimal: 1
language: 2
list-number: 0
year-or-number: 0
range-sign: 0
spaced-suffix: 0
decimal-or-thousands: 0
month-russian: 0
year-count: 0
acronym-defined: 0
glued-words: 0
tex-command: 0
total: 14
WANT
run every-kind 0 check kitap.md && same every-kind want.txt
[ -s err.txt ] && { echo "FAIL every-kind: printed on stderr"; fails=$((fails + 1)); }
run strict-found 3 check --strict kitap.md && same strict-found want.txt

# Latin words spelled for the Kazakh voice are still listed, as spelled
run latin-spelled 0 check --no-latin-voice kitap.md
expect latin-spelled out.txt '^kitap\.md:7:27: latin: Microsoft Word → микрософт уорд  \[spelled\]$'

# a word the teacher's lexicon reads is no guess
printf 'ЖЖЖ\tжарық жол жүйесі\n' > kitap.lexicon
run lexicon 0 check kitap.md && expect lexicon out.txt '^acronym-spelled: 1$'
grep -q ЖЖЖ out.txt && { echo "FAIL lexicon: ЖЖЖ is listed"; fails=$((fails + 1)); }
rm kitap.lexicon

# a clean text: no finding, every count 0, also with --strict
printf 'Бәрі дұрыс: 2024 жылы 5 кг алма сатылды. Сағат 9:30-да келді.\n' > clean.txt
printf '%s\n' 'acronym-spelled: 0' 'abbreviation-unknown: 0' 'mixed-script: 0' \
  'number-fallback: 0' 'latin: 0' 'time-or-decimal: 0' 'language: 0' 'list-number: 0' \
  'year-or-number: 0' 'range-sign: 0' 'spaced-suffix: 0' \
  'decimal-or-thousands: 0' 'month-russian: 0' 'year-count: 0' \
  'acronym-defined: 0' 'glued-words: 0' 'tex-command: 0' 'total: 0' > zero.txt
run clean 0 check clean.txt && same clean zero.txt
run clean-strict 0 check --strict clean.txt && same clean-strict zero.txt
# a chemistry formula that is read (indices typed flat or in subscripts, an ion's charge) is no
# guess: its Latin letters are element names, not English words
printf 'Су H2O, ал H₂SO₄ қышқыл. Ерітіндіде Fe³⁺ және SO₄²⁻ иондары бар.\n' > chem.txt
run chem 0 check --strict chem.txt && same chem zero.txt

# the guesses of numbers and suffixes: a list's number cut off, a year read as a count, a
# range's second minus, a suffix after a spaced dash, money with one decimal digit, a comma and
# three digits, an act's date in its bare form, a Russian month after a Kazakh ordinal day, a
# year read as a span of years, an acronym read by the expansion written beside it,
# two words run together, an unknown TeX command
printf '%s\n' 'Жауабы: 1.' '2017' 'Баға -4-6% өзгерді.' 'Жоба – тың мақсаты.' \
  'Барлығы 579,403 адам. Ол 8 март келді.' \
  'Ол 1996 жылдың ішінде келді.' 'ҚР — Қазақстан Республикасы.' \
  'Қолданылатын терминдерДата.' 'Онда $\overline{AB}$ кесіндісі.' > guesses.txt
run guesses 0 check guesses.txt
expect guesses-list out.txt '^guesses\.txt:1:9: list-number: 1\. → бір\.$'
expect guesses-year out.txt '^guesses\.txt:2:1: year-or-number: 2017 → екі мың он жеті$'
expect guesses-range out.txt '^guesses\.txt:3:6: range-sign: -4-6 → минус төрт - алты пайыз$'
expect guesses-suffix out.txt '^guesses\.txt:4:1: spaced-suffix: Жоба – тың → Жоба – тың$'
expect guesses-thousands out.txt '^guesses\.txt:5:9: decimal-or-thousands: 579,403 → '
expect guesses-month out.txt '^guesses\.txt:5:26: month-russian: 8 март → сегізінші март$'
expect guesses-span out.txt '^guesses\.txt:6:4: year-count: 1996 жылдың → мың тоғыз жүз тоқсан алты жылдың$'
expect guesses-defined out.txt '^guesses\.txt:7:1: acronym-defined: ҚР → Қазақстан Республикасы$'
expect guesses-glued out.txt '^guesses\.txt:8:14: glued-words: терминдерДата → терминдерДата$'
expect guesses-tex out.txt '^guesses\.txt:9:7: tex-command: \\overline → а бэ  \[said nothing\]$'
expect guesses-count out.txt '^total: 10$'

# a folder book: each finding names its chapter file; a title written only in the front matter
# is placed where the front matter writes it
mkdir bk && printf 'Бірінші ЖЖЖ.\n' > bk/01-a.txt && printf 'Екінші\n\nОл ЖЖЖ мен ҚҚҚ.\n' > bk/02-b.txt
run folder 0 check bk
expect folder-1 out.txt '^bk/01-a\.txt:1:9: acronym-spelled: ЖЖЖ → жэ жэ жэ$'
expect folder-2 out.txt '^bk/02-b\.txt:3:4: acronym-spelled: ЖЖЖ → жэ жэ жэ$'
expect folder-3 out.txt '^bk/02-b\.txt:3:12: acronym-spelled: ҚҚҚ → қа қа қа$'
expect folder-count out.txt '^total: 3$'
printf -- '---\ntitle: ҚҚҚ туралы\n---\nМәтін осында.\n' > fm.md
run front-matter 0 check fm.md && expect front-matter out.txt '^fm\.md:2:8: acronym-spelled: ҚҚҚ → қа қа қа$'

# an input that cannot be read: an error naming it, exit 1, the other inputs still checked
run missing 1 check nope.txt kitap.md
expect missing err.txt '^nope\.txt: error: no such file or folder$'
expect missing-others out.txt '^total: 14$'
run missing-strict 1 check --strict nope.txt
printf '' > empty.txt
run empty 1 check empty.txt && expect empty err.txt '^empty\.txt: error:'
run no-input 2 check && expect no-input err.txt 'no input'
run help 0 check --help && expect help out.txt '^Usage: dauys check '
expect help-kinds out.txt 'acronym-spelled, abbreviation-unknown, mixed-script'
finish

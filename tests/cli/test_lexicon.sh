#!/usr/bin/env bash
# Proofreading and the user's lexicon from the command line: --explain, --lexicon, a lexicon
# found beside the text, a malformed lexicon named with file:line:column.
. "$(dirname "$0")/lib.sh"

printf 'Абай 1845 ж. 10 тамызда туды. Ол “Қазақ” газетіне т.б. жазды.\n' > abai.txt
run explain 0 normalize --explain abai.txt
expect explain-sentence out.txt '^Абай 1845 ж\. 10 тамызда туды\.$'
expect explain-year out.txt '^  1845 ж\. → мың сегіз жүз қырық бесінші жылы  \[year\]$'
expect explain-date out.txt '^  10 → оныншы  \[date\]$'
expect explain-abbr out.txt '^  т\.б\. → тағы басқа  \[abbreviation\]$'
if grep -q 'газетіне →' out.txt; then echo "FAIL explain: an unchanged word is listed"; fails=$((fails + 1)); else passes=$((passes + 1)); fi

printf '# how Абай is read\nАбай\tАбай Құнанбайұлы\n' > names.lexicon
run lexicon-option 0 normalize --lexicon names.lexicon abai.txt
expect lexicon-option out.txt '^Абай Құнанбайұлы мың сегіз жүз қырық бесінші жылы оныншы тамызда туды\.$'

cp names.lexicon abai.lexicon   # beside the text: used without being named
run lexicon-beside 0 normalize abai.txt
expect lexicon-beside out.txt '^Абай Құнанбайұлы мың'
printf 'Абай\tбірінші\nАбай\tАбай Ибраһимұлы\n' > later.lexicon
run lexicon-later-wins 0 normalize --lexicon later.lexicon abai.txt
expect lexicon-later-wins out.txt '^Абай Ибраһимұлы мың'
rm abai.lexicon

printf 'Абай\tАбай\nжаман жол\n' > bad.lexicon
run lexicon-bad 1 normalize --lexicon bad.lexicon abai.txt
expect lexicon-bad err.txt '^bad\.lexicon:2:10: error: lexicon: expected .written form<TAB>spoken form.$'
run lexicon-bad-build 1 build -o out --lexicon bad.lexicon abai.txt
expect lexicon-bad-build err.txt '^bad\.lexicon:2:10: error:'
expect_empty_dir lexicon-bad-build out

# a teacher's abbreviation keeps its sentence whole, and is read by the lexicon
printf 'проф. Ахметов келді.\n\nБүгін инж. Ахметов келді. Ол сөйледі.\n' > prof.txt
run abbr-without 0 normalize prof.txt
expect abbr-without out.txt '^Бүгін инж\.$'
printf 'проф.\tпрофессор\nинж.\tинженер\n' > teacher.lexicon
run abbr-lexicon 0 normalize --lexicon teacher.lexicon prof.txt
expect abbr-lexicon-prof out.txt '^профессор Ахметов келді\.$'
expect abbr-lexicon-inzh out.txt '^Бүгін инженер Ахметов келді\.$'
expect abbr-lexicon-next out.txt '^Ол сөйледі\.$'

# a build uses the lexicon too: the words are said (the chapter is longer than without)
printf 'Абай.\n' > short.txt
printf 'Абай\tАбай Құнанбайұлы, ұлы ақын, ойшыл және ағартушы\n' > long.lexicon
run build-plain 0 build -q --wav -o plain short.txt
run build-lexicon 0 build -q --wav -o lex --lexicon long.lexicon short.txt
a=$(stat -c %s plain/short/01-short.wav); b=$(stat -c %s lex/short/01-short.wav)
[ "$b" -gt $((a * 3)) ] && passes=$((passes + 1)) || { echo "FAIL build-lexicon: $a vs $b bytes"; fails=$((fails + 1)); }

# Latin-script words: left to eSpeak's English voice, or spelled in Cyrillic on request
printf 'Бұл Windows жүйесі.\n' > latin.txt
run latin 0 normalize latin.txt && expect latin out.txt '^Бұл Windows жүйесі\.$'
run no-latin 0 normalize --no-latin-voice latin.txt
if grep -q '[A-Za-z]' out.txt; then echo "FAIL no-latin: Latin letters left:"; cat out.txt; fails=$((fails + 1)); else passes=$((passes + 1)); fi
finish

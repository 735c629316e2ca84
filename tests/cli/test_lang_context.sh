#!/usr/bin/env bash
# A sentence with no words of its own takes the language of the sentence before it in the same
# paragraph (text/lang.h dy_lang_detect_after, book/input.c): a date or a page range after a
# Russian sentence is read in Russian by the ru voice; at the start of a paragraph, or after a
# Kazakh or an English sentence, it stays Kazakh.
. "$(dirname "$0")/lib.sh"

printf '%s\n' 'Приказ был подписан в Москве и вступил в силу. 18.12.2024.' \
  '' '18.12.2024.' \
  '' 'Бала мектепке барды. 18.12.2024.' \
  '' 'He acted as an interpreter of western literature. 18.12.2024.' > ctx.txt
run split 0 normalize --split-only ctx.txt
if [ "$(grep -c '^18\.12\.2024\.$' out.txt)" = 4 ]; then passes=$((passes + 1)); else
  echo "FAIL split: the dates are not sentences of their own:"; cat out.txt; fails=$((fails + 1)); fi
run normalize 0 normalize ctx.txt
expect after-ru out.txt '^восемнадцатого декабря две тысячи двадцать четвёртого года\.$'
if [ "$(grep -c '^екі мың жиырма төртінші жылғы он сегізінші желтоқсан\.$' out.txt)" = 3 ]; then
  passes=$((passes + 1)); else
  echo "FAIL kk: a date at a paragraph's start or after a Kazakh sentence is not Kazakh:"
  cat out.txt; fails=$((fails + 1)); fi
run explain 0 normalize --explain ctx.txt
if [ "$(grep -c '^  language: ru$' out.txt)" = 2 ] && [ "$(grep -c '^  language: en$' out.txt)" = 1 ]
then passes=$((passes + 1)); else
  echo "FAIL explain: expected two Russian sentences and one English:"; cat out.txt
  fails=$((fails + 1)); fi

finish

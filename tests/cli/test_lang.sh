#!/usr/bin/env bash
# A sentence's language (issue 14 section 5): `normalize --explain` names a Russian, a
# Latin-Kazakh and an English sentence; a Latin-Kazakh sentence is read in Cyrillic with its
# numbers as Kazakh and its rewrites pointing at the Latin text as written; a Russian one with
# Russian numbers; a Kazakh one names no language.
. "$(dirname "$0")/lib.sh"

printf '%s\n' 'Qazaqstan Respublikasy 2021 jyly täuelsızdıgınıñ 30 jyldyğyn atap öttı.' \
  '' 'В 1917 г. в России произошла революция, и это изменило жизнь страны.' \
  '' 'He acted as an interpreter and popularizer of western literature.' \
  '' 'Абай 1845 ж. туған.' > til.txt
run explain 0 normalize --explain til.txt
expect explain-latin out.txt '^  language: kk-Latn$'
expect explain-latin-word out.txt '^  Qazaqstan → Қазақстан  \[word\]$'
expect explain-latin-year out.txt '^  2021 → екі мың жиырма бірінші  \[year\]$'
expect explain-latin-suffix out.txt '^  jyly → жылы  \[word\]$'
expect explain-ru out.txt '^  language: ru$'
expect explain-ru-year out.txt '^  1917 → тысяча девятьсот семнадцатом  \[ru-year\]$'
expect explain-en out.txt '^  language: en$'
if [ "$(grep -c '^  language:' out.txt)" = 3 ]; then passes=$((passes + 1)); else
  echo "FAIL explain-kk: a Kazakh sentence names a language:"; cat out.txt; fails=$((fails + 1)); fi
run normalize 0 normalize til.txt
expect normalize-latin out.txt '^Қазақстан Республикасы екі мың жиырма бірінші жылы тәуелсіздігінің отыз жылдығын атап өтті\.$'
expect normalize-ru out.txt '^В тысяча девятьсот семнадцатом году в России произошла революция, и это изменило жизнь страны\.$'
expect normalize-en out.txt '^He acted as an interpreter and popularizer of western literature\.$'

finish

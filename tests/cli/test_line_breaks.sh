#!/usr/bin/env bash
# Single line breaks in a whole file (README: Line breaks): a hard-wrapped paragraph (70 columns)
# reads as whole sentences; the lines of a list, a timetable, a dateline and an article heading
# written one per line, without blank lines, are sentences of their own.
. "$(dirname "$0")/lib.sh"

cat > kitap.txt <<'TXT'
Уақытша үкіметтің халық күткен аграрлық мәселені шеше алмауы, езілген
халықтарға өзін-өзі билеуі немесе автономия алу мәселесін күн
тәртібіне қоюға тырыспауы, жұмысшыларға 8 сағаттық жұмыс күнін
енгізбеуі оның беделін түсірді. Бұл Кеңестердегі большевиктердің
ықпалын арттырды. Зерттеушілер С.Г. Кляшторный мен Т.И. Султанов XVII
ғасырдың алғашқы ширегінде Қазақ хандығы саяси ыдыраңқы болғандығын
ерекше атайды.

31 Қазан, 2022 сағат 14:31
Әкімдік ақпаратына сәйкес мұз айдынының жұмыс кестесі төмендегідей:
Дүйсенбі – сағат 13.00-ден 23.00-ге дейін;
Бейсенбі-жұма күндері – сағат 11.00-ден 23.00-ге дейін;
Сенбі-жексенбі күндері – сағат 10.00-ден 23.00-ге дейін.
Жұмыс уақыты
Дүйсенбі 09:00–18:00
Сенбі демалыс
193-бап. Бюджеттік кредитті қайта құрылымдау
1. Тараптардың келісімі бойынша олардың кредиттік шарттар бойынша міндеттемелерді орындау мерзімдерінің өзгеруі бюджеттік кредитті қайта құрылымдау болып табылады.
TXT
# the wrapped paragraph as three sentences, then every line of the second paragraph as it is
# (lines 9 to 16: a dateline, a list, a timetable; line 18), but the article heading, which is two
cat > want.txt <<'TXT'
Уақытша үкіметтің халық күткен аграрлық мәселені шеше алмауы, езілген халықтарға өзін-өзі билеуі немесе автономия алу мәселесін күн тәртібіне қоюға тырыспауы, жұмысшыларға 8 сағаттық жұмыс күнін енгізбеуі оның беделін түсірді.
Бұл Кеңестердегі большевиктердің ықпалын арттырды.
Зерттеушілер С.Г. Кляшторный мен Т.И. Султанов XVII ғасырдың алғашқы ширегінде Қазақ хандығы саяси ыдыраңқы болғандығын ерекше атайды.
TXT
sed -n '9,16p' kitap.txt >> want.txt
printf '193-бап.\nБюджеттік кредитті қайта құрылымдау\n' >> want.txt
sed -n '18p' kitap.txt >> want.txt
run split 0 normalize --split-only kitap.txt
if diff want.txt out.txt > diff.txt; then passes=$((passes + 1)); else
  echo "FAIL split: the sentences differ from want.txt:"; cat diff.txt; fails=$((fails + 1)); fi

# the same paragraph wrapped at 60 and at 80 columns (a wrapper breaks a word group anywhere)
/usr/bin/python3 - kitap.txt <<'PY'
import sys, textwrap
first = open(sys.argv[1], encoding="utf-8").read().split("\n\n")[0].replace("\n", " ")
for w in (60, 80):
    open("wrap%d.txt" % w, "w", encoding="utf-8").write(textwrap.fill(first, w) + "\n")
PY
head -3 want.txt > want-wrapped.txt
for w in 60 80; do
  run "wrapped-$w" 0 normalize --split-only "wrap$w.txt"
  if diff want-wrapped.txt out.txt > diff.txt; then passes=$((passes + 1)); else
    echo "FAIL wrapped-$w: a hard-wrapped paragraph was cut:"; cat diff.txt; fails=$((fails + 1)); fi
done

# a test's options one a line, their letters typed with Cyrillic look-alikes in a Latin run (the
# D gives it away; thirty-ninth survey, martebe-qazaqstan-tarihy-7-test-4): В is бэ, С is цэ, also
# with a blank line after each option; a Cyrillic run keeps вэ
printf 'Ғимараттар:\nА) Боран мұнарасы\nВ) Ақыртас ғимараты\nС) Түркістан моншасы\nD) Қожа Ахмет кесенесі\n\nСұрақ:\nА) алма\nБ) алмұрт\nВ) өрік\n' > options.txt
sed 'G' options.txt > options-spaced.txt
# a whole run typed in Cyrillic, "А) В) С) Д) Е)": with С and no Б it is the Latin series
# (forty-first survey)
printf 'А) алма\nВ) өрік\nС) шие\nД) алмұрт\nЕ) жүзім\n' > series.txt
run series 0 normalize series.txt
expect series-b out.txt '^бэ, өрік$'
expect series-c out.txt '^цэ, шие$'
# a match report names the match once: a minute in a later sentence of the paragraph is the
# match's (forty-fourth survey); in another paragraph it counts
printf 'Қайрат 1:0 есебімен жеңді. Оны 12-минутта ойыншы соқты.\n\nОл есепті 5 минутта шығарды.\n' > match.txt
run match 0 normalize match.txt
expect match-minute out.txt '^Оны он екінші минутта ойыншы соқты\.$'
expect match-other-paragraph out.txt '^Ол есепті бес минутта шығарды\.$'
printf 'Доп соқты.\r\n\r\nОл 5-минутта келді.\r\n' > match-crlf.txt
run match-crlf 0 normalize match-crlf.txt
expect match-crlf-other-paragraph out.txt '^Ол бес минутта келді\.$'
for f in options options-spaced; do
  run "$f" 0 normalize "$f.txt"
  expect "$f-b" out.txt '^бэ, Ақыртас ғимараты$'
  expect "$f-c" out.txt '^цэ, Түркістан моншасы$'
  expect "$f-cyrillic" out.txt '^вэ, өрік$'
done

finish

#!/usr/bin/env bash
# A folder of books (a library): every book is built, a bad one is reported and does not stop
# the others, a summary table closes the run, and the exit status says something failed.
# A folder of numbered files is one book; --book and --library decide when told.
. "$(dirname "$0")/lib.sh"

mkdir -p lib/Сабақтар
printf 'Бірінші сабақ.\n' > lib/lesson-a.md
printf '# Екі\n\nЕкінші сабақ.\n' > lib/lesson-b.txt
printf 'Бөлім.\n' > lib/Сабақтар/01-a.md
printf 'Басқа бөлім.\n' > lib/Сабақтар/02-b.md
: > lib/broken.md
printf 'not a book\n' > lib/notes.odt

run library 1 build -o out lib
expect library-error err.txt '^lib/broken\.md: error: the file is empty$'
expect library-header err.txt '^book +chapters +sentences +duration +MB +warnings$'
expect library-a err.txt '^lesson-a +1 +1 +0:00:0[0-9] '
expect library-b err.txt '^lesson-b +1 +1 +0:00:0[0-9] '
expect library-folder err.txt '^sabaqtar +2 +2 +0:00:0[0-9] '
expect library-failed err.txt '^lib/broken\.md +FAILED$'
expect library-total err.txt '^total \(some FAILED\) +4 +4 '
for f in out/lesson-a/lesson-a.mp3 out/lesson-b/lesson-b.mp3 out/sabaqtar/sabaqtar.mp3; do
  [ -s "$f" ] && passes=$((passes + 1)) || { echo "FAIL library: no $f"; fails=$((fails + 1)); }
done
[ -e out/broken ] && { echo "FAIL library: the broken book wrote a folder"; fails=$((fails + 1)); } || passes=$((passes + 1))

# numbered files: one book, chapters in name order; --library makes each a book
mkdir -p kitap
printf 'Бірінші тарау.\n' > kitap/01-bir.md
printf 'Екінші тарау.\n' > kitap/02-eki.md
run numbered 0 build -q -o out2 kitap
[ -f out2/kitap/kitap.mp3 ] && [ -f out2/kitap/02-eki.mp3 ] && passes=$((passes + 1)) || { echo "FAIL numbered:"; ls -R out2; fails=$((fails + 1)); }
run forced-library 0 build -q --library -o out3 kitap
[ -f out3/01-bir/01-bir.mp3 ] && [ -f out3/02-eki/02-eki.mp3 ] && passes=$((passes + 1)) || { echo "FAIL --library:"; ls -R out3; fails=$((fails + 1)); }
rm lib/broken.md
run forced-book 0 build -q --book -o out4 lib
[ -f out4/lib/lib.mp3 ] && passes=$((passes + 1)) || { echo "FAIL --book:"; ls -R out4; fails=$((fails + 1)); }
finish

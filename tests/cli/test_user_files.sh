#!/usr/bin/env bash
# dauys deletes or overwrites only files it wrote (issue 13): what a book folder held before is
# left byte for byte, a book folder that is a symbolic link and an output folder inside the input
# folder are refused before anything is written, a user's file with an output's name is not
# overwritten, and a chapter an earlier build wrote and this one does not still goes.
. "$(dirname "$0")/lib.sh"

# same NAME A B: files A and B hold the same bytes
same() {
  if cmp -s "$2" "$3"; then passes=$((passes + 1)); else echo "FAIL $1: $3 was changed or removed"; fails=$((fails + 1)); fi
}
# gone NAME PATH: nothing has the name PATH
gone() {
  if [ ! -e "$2" ]; then passes=$((passes + 1)); else echo "FAIL $1: $2 is still there"; fails=$((fails + 1)); fi
}

tarih_book
# a user's files in the book folder, named like chapters: a recording, old lyrics, notes
mkdir -p user out/tarih
cp cover.png user/01-teacher-recording.mp3
printf '[00:00.00]ескі\n' > user/05-old.lrc
printf 'менің жазбаларым\n' > user/notes.txt
cp user/* out/tarih/
run first 0 build -q -o out tarih.md
run again 0 build -q -o out tarih.md
for f in 01-teacher-recording.mp3 05-old.lrc notes.txt; do same "kept-$f" user/$f out/tarih/$f; done
[ -f out/tarih/03-alash.mp3 ] && passes=$((passes + 1)) || { echo "FAIL again: no 03-alash.mp3"; fails=$((fails + 1)); }
expect manifest out/tarih/.dauys-manifest '^03-alash\.mp3$'
# fewer chapters: the third, which dauys wrote, goes; the user's files stay
sed '/^# Алаш/,$d' tarih.md > short.md && mv short.md tarih.md
run fewer 0 build -q -o out tarih.md
for f in 03-alash.mp3 03-alash.vtt 03-alash.lrc; do gone "stale-$f" out/tarih/$f; done
for f in 01-teacher-recording.mp3 05-old.lrc notes.txt; do same "fewer-kept-$f" user/$f out/tarih/$f; done
if grep -q 03-alash out/tarih/.dauys-manifest; then echo "FAIL fewer: the record still lists 03-alash"; fails=$((fails + 1)); else passes=$((passes + 1)); fi

# a record that is not dauys's vouches for nothing: nothing is removed, nothing overwritten
printf 'something else\nnotes.txt\n02-kenges-okimetining-ornauy.mp3\n' > out/tarih/.dauys-manifest
cp out/tarih/02-kenges-okimetining-ornauy.mp3 ch2.mp3
run foreign 1 build -q -o out tarih.md
expect foreign-message err.txt 'out/tarih/01-kirispe\.mp3: error: .*dauys never overwrites'
same foreign-notes user/notes.txt out/tarih/notes.txt
same foreign-chapter ch2.mp3 out/tarih/02-kenges-okimetining-ornauy.mp3

# a user's own file with exactly an output's name, in a folder no build wrote: not overwritten
mkdir -p out2/tarih
cp user/01-teacher-recording.mp3 out2/tarih/01-kirispe.mp3
run clash 1 build -q -o out2 tarih.md
expect clash-message err.txt '^out2/tarih/01-kirispe\.mp3: error: is not in the folder.s \.dauys-manifest, .*dauys never overwrites such a file'
same clash-kept user/01-teacher-recording.mp3 out2/tarih/01-kirispe.mp3
gone clash-nothing-written out2/tarih/tarih.mp3

# out/<book> a symbolic link to a folder of the user's files: refused, nothing written there
mkdir -p theirs out3
cp user/* theirs/
cp user/01-teacher-recording.mp3 theirs/02-kenges-okimetining-ornauy.mp3
ln -s ../theirs out3/tarih
before=$(cd theirs && ls -A | tr '\n' ' ')
run link 1 build -q -o out3 tarih.md
expect link-message err.txt 'out3/tarih: .*is a symbolic link; dauys writes only into real folders'
after=$(cd theirs && ls -A | tr '\n' ' ')
[ "$before" = "$after" ] && passes=$((passes + 1)) || { echo "FAIL link: theirs/ was $before, is $after"; fails=$((fails + 1)); }
for f in 01-teacher-recording.mp3 05-old.lrc notes.txt; do same "link-kept-$f" user/$f theirs/$f; done
same link-kept-chapter user/01-teacher-recording.mp3 theirs/02-kenges-okimetining-ornauy.mp3

# the output folder is the input folder, or inside it: refused before anything is written
mkdir -p lessons
printf '# Бір\n\nБірінші сабақ.\n' > lessons/01-bir.md
printf '# Екі\n\nЕкінші сабақ.\n' > lessons/02-eki.md
run into-input 2 build -q -o . lessons/
expect into-input-message err.txt "^lessons/: error: the book's folder '\\./lessons' would be this input folder or inside it; give -o a folder outside it$"
got=$(cd lessons && ls -A | tr '\n' ' ')
[ "$got" = "01-bir.md 02-eki.md " ] && passes=$((passes + 1)) || { echo "FAIL into-input: lessons/ holds $got"; fails=$((fails + 1)); }
mkdir -p texts/kitap
cp lessons/01-bir.md texts/abai.md
cp lessons/*.md texts/kitap/
run library-inside 2 build -q --library -o texts/out texts/
expect library-inside-message err.txt "^texts/: error: the output folder 'texts/out' is this input folder or inside it"
gone library-nothing-written texts/out
run library-outside 0 build -q --library -o books texts/
[ -f books/abai/abai.mp3 ] && [ -f books/kitap/kitap.mp3 ] && passes=$((passes + 1)) || { echo "FAIL library-outside:"; ls -R books; fails=$((fails + 1)); }
finish

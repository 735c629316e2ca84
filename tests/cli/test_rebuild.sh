#!/usr/bin/env bash
# A rebuild after chapters were renamed or removed, or without --wav, leaves exactly the files
# of the new build: no stale chapter that a player would still list.
. "$(dirname "$0")/lib.sh"

printf '# Бір\n\nБірінші тарау.\n\n# Екі\n\nЕкінші тарау.\n' > kitap.md
run first 0 build -q --wav -o out kitap.md
got=$(cd out/kitap && ls | tr '\n' ' ')
[ "$got" = "01-bir.lrc 01-bir.mp3 01-bir.vtt 01-bir.wav 02-eki.lrc 02-eki.mp3 02-eki.vtt 02-eki.wav kitap.cue kitap.html kitap.lrc kitap.m3u8 kitap.mp3 kitap.vtt " ] && passes=$((passes + 1)) || { echo "FAIL first: $got"; fails=$((fails + 1)); }

printf '# Үш\n\nЖаңа тарау.\n' > kitap.md
touch out/kitap/notes.txt   # not ours: kept
run second 0 build -q -o out kitap.md
got=$(cd out/kitap && ls | tr '\n' ' ')
[ "$got" = "01-ush.lrc 01-ush.mp3 01-ush.vtt kitap.cue kitap.html kitap.lrc kitap.m3u8 kitap.mp3 kitap.vtt notes.txt " ] && passes=$((passes + 1)) || { echo "FAIL second: $got"; fails=$((fails + 1)); }
expect playlist out/kitap/kitap.m3u8 '^01-ush\.mp3$'
# a book whose name looks like a chapter file keeps its own files, and a chapter whose name
# would be the book's gets another
printf '# Бірінші\n\nАбай келді.\n\n# Екінші\n\nОл кетті.\n' > 2020-kitap.md
run digits 0 build -q -o out 2020-kitap.md
got=$(cd out/2020-kitap && ls | tr '\n' ' ')
[ "$got" = "01-birinshi.lrc 01-birinshi.mp3 01-birinshi.vtt 02-ekinshi.lrc 02-ekinshi.mp3 02-ekinshi.vtt 2020-kitap.cue 2020-kitap.html 2020-kitap.lrc 2020-kitap.m3u8 2020-kitap.mp3 2020-kitap.vtt " ] && passes=$((passes + 1)) || { echo "FAIL digits: $got"; fails=$((fails + 1)); }
printf '# Кіріспе\n\nАбай келді.\n' > 01-kirispe.md
run clash 0 build -q -o out 01-kirispe.md
[ -f out/01-kirispe/01-kirispe-chapter.mp3 ] && [ -f out/01-kirispe/01-kirispe.mp3 ] && passes=$((passes + 1)) || { echo "FAIL clash:"; ls out/01-kirispe; fails=$((fails + 1)); }
expect clash-playlist out/01-kirispe/01-kirispe.m3u8 '^01-kirispe-chapter\.mp3$'

# A longer earlier build with DAISY and EPUB, then shorter ones: what dauys wrote before and not
# now goes (the third chapter, in the folder and in daisy/; the EPUB; the DAISY book), the
# user's files stay (notes.txt, cover.png, daisy/notes.txt, which keeps the daisy/ folder)
printf '# Бір\n\nБірінші.\n\n# Екі\n\nЕкінші.\n\n# Үш\n\nҮшінші.\n' > uzyn.md
run long 0 build -q --daisy --epub -o out uzyn.md
[ -f out/uzyn/03-ush.mp3 ] && [ -f out/uzyn/daisy/03-ush.smil ] && [ -f out/uzyn/uzyn.epub ] \
  && passes=$((passes + 1)) || { echo "FAIL long:"; ls -R out/uzyn; fails=$((fails + 1)); }
touch out/uzyn/notes.txt out/uzyn/cover.png out/uzyn/daisy/notes.txt out/uzyn/03-notes.txt
printf '# Бір\n\nБірінші.\n\n# Екі\n\nЕкінші.\n' > uzyn.md
run short-daisy 0 build -q --daisy -o out uzyn.md
got=$(cd out/uzyn && ls | tr '\n' ' ')
[ "$got" = "01-bir.lrc 01-bir.mp3 01-bir.vtt 02-eki.lrc 02-eki.mp3 02-eki.vtt 03-notes.txt cover.png daisy notes.txt uzyn.cue uzyn.html uzyn.lrc uzyn.m3u8 uzyn.mp3 uzyn.vtt " ] && passes=$((passes + 1)) || { echo "FAIL short-daisy: $got"; fails=$((fails + 1)); }
got=$(cd out/uzyn/daisy && ls | tr '\n' ' ')
[ "$got" = "01-bir.mp3 01-bir.smil 02-eki.mp3 02-eki.smil content.html master.smil ncc.html notes.txt " ] && passes=$((passes + 1)) || { echo "FAIL short-daisy daisy/: $got"; fails=$((fails + 1)); }
run short 0 build -q -o out uzyn.md
got=$(cd out/uzyn/daisy && ls | tr '\n' ' ')
[ "$got" = "notes.txt " ] && passes=$((passes + 1)) || { echo "FAIL short daisy/: $got"; fails=$((fails + 1)); }
finish

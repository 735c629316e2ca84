#!/usr/bin/env bash
# The single book file: a real ID3 reader (mutagen) finds every tag, a CHAP per chapter with its
# title and exact times, and a top-level ordered table of contents; it decodes cleanly.
. "$(dirname "$0")/lib.sh"

tarih_book
run build 0 build -q --wav -o out tarih.md
/usr/bin/python3 - out/tarih <<'PY' > mutagen.txt 2>&1
import sys, wave, mutagen.id3 as id3
d = sys.argv[1]
t = id3.ID3(d + "/tarih.mp3")
print("version", t.version)
for k in ("TIT2", "TALB", "TPE1", "TCON", "TLAN", "TDRC"):
    print(k, t[k].text[0])
print("COMM", t.getall("COMM")[0].text[0])
for f in (d + "/tarih.mp3", d + "/01-kirispe.mp3"):
    t2 = id3.ID3(f)
    pic = t2.getall("APIC")[0]
    print("APIC", f.split("/")[-1], pic.mime, int(pic.type), pic.data == open("cover.png", "rb").read())
    print("NARRATOR", f.split("/")[-1], t2.getall("TXXX:NARRATOR")[0].text[0])
toc = t.getall("CTOC")[0]
print("CTOC", toc.element_id, int(toc.flags), ",".join(toc.child_element_ids), toc.sub_frames["TIT2"].text[0])
# chapter times: from the chapter files' lengths (WAV: the assembled audio), summed; in the book
# file each chapter but the last keeps the 1152 samples of silence (an MP3 segment's tail) that
# the end of its own file drops, and runs to the next one's start
start = 0
chaps = sorted(t.getall("CHAP"), key=lambda c: c.start_time)
for i, ch in enumerate(chaps):
    w = wave.open("%s/%02d-%s.wav" % (d, i + 1, ["kirispe", "kenges-okimetining-ornauy", "alash"][i]))
    n = w.getnframes() + (1152 if i + 1 < len(chaps) else 0)
    want_start, want_end = round(start * 1000 / 22050), round((start + n) * 1000 / 22050)
    ok = abs(ch.start_time - want_start) <= 1 and abs(ch.end_time - want_end) <= 1
    print("CHAP", ch.element_id, ch.sub_frames["TIT2"].text[0], "ok" if ok else "WRONG %d-%d want %d-%d" % (ch.start_time, ch.end_time, want_start, want_end))
    start += n
PY
expect mutagen-version mutagen.txt '^version \(2, 3, 0\)$'
expect mutagen-title mutagen.txt '^TIT2 Қазақ <тарихы> & "мектеп"$'
expect mutagen-album mutagen.txt '^TALB Қазақ <тарихы> & "мектеп"$'
expect mutagen-artist mutagen.txt '^TPE1 Ерғали Елдос$'
expect mutagen-genre mutagen.txt '^TCON Audiobook$'
expect mutagen-language mutagen.txt '^TLAN kaz$'
expect mutagen-year mutagen.txt '^TDRC 2020$'
expect mutagen-comment mutagen.txt '^COMM Оқушыларға арналған қысқа кітап\.$'
expect mutagen-cover-book mutagen.txt '^APIC tarih\.mp3 image/png 3 True$'
expect mutagen-cover-chapter mutagen.txt '^APIC 01-kirispe\.mp3 image/png 3 True$'
expect mutagen-narrator mutagen.txt '^NARRATOR 01-kirispe\.mp3 eSpeak NG kk$'
expect mutagen-toc mutagen.txt '^CTOC toc 3 ch1,ch2,ch3 Қазақ <тарихы> & "мектеп"$'
expect mutagen-chap1 mutagen.txt '^CHAP ch1 Кіріспе ok$'
expect mutagen-chap2 mutagen.txt '^CHAP ch2 Кеңес өкіметінің орнауы ok$'
expect mutagen-chap3 mutagen.txt '^CHAP ch3 Алаш ok$'
if mpg123 -t out/tarih/tarih.mp3 2>mpg.txt && ! grep -Eiq 'warning|error' mpg.txt; then passes=$((passes + 1)); else echo "FAIL decode"; cat mpg.txt; fails=$((fails + 1)); fi
finish

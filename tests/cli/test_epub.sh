#!/usr/bin/env bash
# The EPUB 3 book with media overlays (--epub): Debian's epubcheck reports no error and no
# warning; the container is as OCF asks; every overlay's text ids resolve, its clips follow each
# other within the chapter's MP3 and start where the WebVTT cues start; durations add up.
. "$(dirname "$0")/lib.sh"

tarih_book
run build 0 build -q --no-cache --epub -o out tarih.md
epub=out/tarih/tarih.epub
[ -f "$epub" ] && passes=$((passes + 1)) || { echo "FAIL: no $epub"; fails=$((fails + 1)); }
java -jar /usr/share/java/epubcheck.jar "$epub" > check.txt 2>&1
expect epubcheck check.txt '^No errors or warnings detected\.$'

/usr/bin/python3 - "$epub" out/tarih > epub.txt <<'PY'
import io, re, sys, zipfile, xml.etree.ElementTree as ET
import mutagen.mp3
z = zipfile.ZipFile(sys.argv[1])
first = z.infolist()[0]
print("mimetype", first.filename, first.compress_type, len(first.extra), z.read("mimetype").decode())
opf = ET.fromstring(z.read("OEBPS/package.opf"))
P, X, S = "{http://www.idpf.org/2007/opf}", "{http://www.w3.org/1999/xhtml}", "{http://www.w3.org/ns/SMIL}"
def clock(v):
    h, m, s = v.split(":"); return int(h) * 3600 + int(m) * 60 + float(s)
durs = {m.get("refines"): clock(m.text) for m in opf.iter(P + "meta") if m.get("property") == "media:duration"}
props = {m.get("property"): m.text for m in opf.iter(P + "meta") if m.get("property")}
print("active-class", props.get("media:active-class"))
print("narrator", props.get("media:narrator"))
print("cover", any("cover-image" in (i.get("properties") or "") for i in opf.iter(P + "item")))
problems = []
total = 0.0
items = {i.get("id"): i for i in opf.iter(P + "item")}
for ref in opf.iter(P + "itemref"):
    doc = items[ref.get("idref")]
    smil_item = items[doc.get("media-overlay")]
    xhtml = ET.fromstring(z.read("OEBPS/" + doc.get("href")))
    ids = {e.get("id") for e in xhtml.iter() if e.get("id")}
    smil = ET.fromstring(z.read("OEBPS/" + smil_item.get("href")))
    prev, mp3, begins = 0.0, None, []
    for par in smil.iter(S + "par"):
        t = par.find(S + "text").get("src").split("#")[1]
        if t not in ids: problems.append("%s: %s does not resolve" % (smil_item.get("href"), t))
        a = par.find(S + "audio")
        mp3 = a.get("src")
        b, e = float(a.get("clipBegin")[:-1]), float(a.get("clipEnd")[:-1])
        if abs(b - prev) > 0.0005 or e <= b: problems.append("%s: clip %s-%s after %s" % (mp3, b, e, prev))
        if t.startswith("s"): begins.append(round(b, 3))
        prev = e
    length = mutagen.mp3.MP3(io.BytesIO(z.read("OEBPS/" + mp3))).info.length
    if prev > length + 0.001 or prev < length - 0.1: problems.append("%s: clips end at %.3f of %.3f" % (mp3, prev, length))
    if abs(durs["#" + smil_item.get("id")] - prev) > 0.0005: problems.append("%s: media:duration %s" % (mp3, durs["#" + smil_item.get("id")]))
    total += prev
    vtt = open("%s/%s" % (sys.argv[2], mp3.split("/")[-1][:-4] + ".vtt"), encoding="utf-8").read()
    cues = [round(int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000, 3) for h, m, s, ms in re.findall(r"(\d+):(\d\d):(\d\d)\.(\d\d\d) -->", vtt)]
    if cues != begins: problems.append("%s: begins %s, cues %s" % (mp3, begins, cues))
    # the copy is the chapter's MP3 after its ID3v2 tag (which holds the cover): audio only
    src = open("%s/%s" % (sys.argv[2], mp3.split("/")[-1]), "rb").read()
    tag = 10 + (src[6] << 21 | src[7] << 14 | src[8] << 7 | src[9]) if src[:3] == b"ID3" else 0
    if z.read("OEBPS/" + mp3) != src[tag:]: problems.append(mp3 + " is not the chapter's audio without its tag")
    if not tag or b"APIC" not in src[:tag]: problems.append(mp3 + ": the chapter's MP3 has no cover (the test checks nothing)")
# the cover is stored once in the whole archive, not once more per chapter MP3
cover = [i for i in opf.iter(P + "item") if "cover-image" in (i.get("properties") or "")]
raw = open(sys.argv[1], "rb").read()
print("cover-copies", raw.count(z.read("OEBPS/" + cover[0].get("href"))[:4096]) if cover else "none")
print("total", "ok" if abs(durs[None] - total) < 0.002 else "OFF %s %s" % (durs[None], total))
print("problems", len(problems))
for p in problems: print("  ", p)
PY
expect mimetype epub.txt '^mimetype mimetype 0 0 application/epub\+zip$'
expect active-class epub.txt '^active-class -epub-media-overlay-active$'
expect narrator epub.txt '^narrator eSpeak NG kk, synthetic voice$'
expect cover epub.txt '^cover True$'
expect cover-once epub.txt '^cover-copies 1$'
expect total epub.txt '^total ok$'
expect overlays epub.txt '^problems 0$'
# the same book gives the same bytes
cp "$epub" first.epub
run again 0 build -q --epub -o out tarih.md
cmp -s first.epub "$epub" && passes=$((passes + 1)) || { echo "FAIL: another build made other bytes"; fails=$((fails + 1)); }
# without --epub, the earlier build's EPUB goes
run plain 0 build -q -o out tarih.md
[ ! -e "$epub" ] && passes=$((passes + 1)) || { echo "FAIL plain: $epub is still there"; fails=$((fails + 1)); }
# heading levels: the nav nests the ## chapters under the # ones, each chapter's document has
# its heading at its level, and epubcheck stays clean
levels_book
run levels 0 build -q --no-cache --bitrate 8 --quality 9 --epub -o out levels.md
java -jar /usr/share/java/epubcheck.jar out/levels/levels.epub > check-levels.txt 2>&1
expect levels-epubcheck check-levels.txt '^No errors or warnings detected\.$'
/usr/bin/python3 - out/levels/levels.epub > levels.txt <<'PY'
import re, sys, zipfile, xml.etree.ElementTree as ET
z = zipfile.ZipFile(sys.argv[1])
X = "{http://www.w3.org/1999/xhtml}"
def walk(ol, depth):
    for li in ol.findall(X + "li"):
        yield "%d:%s" % (depth, li.find(X + "a").get("href"))
        for sub in li.findall(X + "ol"):
            yield from walk(sub, depth + 1)
nav = ET.fromstring(z.read("OEBPS/nav.xhtml")).find(".//" + X + "nav")
print("nav", " ".join(walk(nav.find(X + "ol"), 1)))
print("headings", " ".join(re.findall(r"<(h[1-6]) id=\"h\">", z.read("OEBPS/c%02d.xhtml" % c).decode())[0] for c in range(1, 5)))
PY
expect levels-nav levels.txt '^nav 1:c01.xhtml 2:c02.xhtml 1:c03.xhtml 2:c04.xhtml$'
expect levels-headings levels.txt '^headings h1 h2 h1 h2$'

finish

#!/usr/bin/env bash
# The DAISY 2.02 book (--daisy), checked in code as a DAISY player would walk it: the ncc's
# metadata, headings linking to SMIL pars, every text id resolving in the content document,
# clips that follow each other within each chapter's MP3 and start where the WebVTT cues start,
# ncc:totalTime equal to the audio's length; plain ASCII lower-case names in play order.
. "$(dirname "$0")/lib.sh"

tarih_book
run build 0 build -q --no-cache --daisy -o out tarih.md
/usr/bin/python3 - out/tarih > daisy.txt <<'PY'
import os, re, sys, xml.etree.ElementTree as ET
import mutagen.mp3
root = sys.argv[1]
d = root + "/daisy"
X = "{http://www.w3.org/1999/xhtml}"
def parse(name):
    text = open(os.path.join(d, name), encoding="utf-8").read()
    text = re.sub(r"<!DOCTYPE[^>]*>", "", text)  # the DTDs are not fetched
    return ET.fromstring(text)
names = sorted(os.listdir(d))
print("files", " ".join(names))
print("names", "ok" if all(re.fullmatch(r"[a-z0-9._-]+", n) for n in names) else "BAD")
ncc = parse("ncc.html")
meta = {m.get("name"): m.get("content") for m in ncc.iter(X + "meta") if m.get("name")}
for k in ("dc:title", "dc:creator", "dc:date", "dc:format", "dc:identifier", "dc:language", "dc:publisher",
          "ncc:charset", "ncc:pageFront", "ncc:pageNormal", "ncc:pageSpecial", "ncc:tocItems", "ncc:totalTime",
          "ncc:narrator", "ncc:generator", "ncc:files", "ncc:depth", "ncc:multimediaType"):
    print("meta", k, meta.get(k))
content = parse("content.html")
ids = {e.get("id") for e in content.iter() if e.get("id")}
heads = [h for h in ncc.iter(X + "h1")]
print("title-class", heads[0].get("class"))
total = 0.0
problems = []
smils = {}
for h in heads:
    href = h.find(X + "a").get("href")
    smil, par = href.split("#")
    if smil not in smils:
        smils[smil] = parse(smil)
    if not any(p.get("id") == par for p in smils[smil].iter("par")):
        problems.append("heading link %s does not resolve" % href)
for smil in sorted(smils):
    s = smils[smil]
    prev_end = 0.0
    mp3 = None
    for p in s.iter("par"):
        t = p.find("text")
        tid = t.get("src").split("#")[1]
        if tid not in ids:
            problems.append("%s: text %s does not resolve" % (smil, tid))
        a = p.find("audio")
        if a is None:
            continue
        mp3 = a.get("src")
        b = float(a.get("clip-begin")[4:-1]); e = float(a.get("clip-end")[4:-1])
        if abs(b - prev_end) > 0.0005 or e <= b:
            problems.append("%s: clip %s-%s after %s" % (smil, b, e, prev_end))
        prev_end = e
    length = mutagen.mp3.MP3(os.path.join(d, mp3)).info.length
    if prev_end > length + 0.001 or prev_end < length - 0.1:
        problems.append("%s: clips end at %.3f, its MP3 lasts %.3f" % (smil, prev_end, length))
    total += length
    # sentence clips start where the chapter's WebVTT cues start, to the millisecond
    vtt = open(os.path.join(root, mp3[:-4] + ".vtt"), encoding="utf-8").read()
    cues = [int(h) * 3600 + int(m) * 60 + int(sec) + int(ms) / 1000 for h, m, sec, ms in re.findall(r"(\d+):(\d\d):(\d\d)\.(\d\d\d) -->", vtt)]
    begins = [float(p.find("audio").get("clip-begin")[4:-1]) for p in s.iter("par") if "-s" in p.get("id")]
    if [round(x, 3) for x in cues] != [round(x, 3) for x in begins]:
        problems.append("%s: clip begins %s, cues %s" % (smil, begins, cues))
h, m, sec = (int(x) for x in meta["ncc:totalTime"].split(":"))
print("totalTime", "ok" if abs(h * 3600 + m * 60 + sec - total) <= 1 else "OFF by %.1f s" % (h * 3600 + m * 60 + sec - total))
master = parse("master.smil")
print("master", " ".join(r.get("src") for r in master.iter("ref")))
print("problems", len(problems))
for p in problems:
    print("  ", p)
PY
expect files daisy.txt '^files 01-kirispe.mp3 01-kirispe.smil 02-kenges-okimetining-ornauy.mp3 02-kenges-okimetining-ornauy.smil 03-alash.mp3 03-alash.smil content.html master.smil ncc.html$'
expect names daisy.txt '^names ok$'
expect title daisy.txt '^meta dc:title Қазақ <тарихы> & "мектеп"$'
expect creator daisy.txt '^meta dc:creator Ерғали Елдос$'
expect date daisy.txt '^meta dc:date 2020-01-01$'
expect format daisy.txt '^meta dc:format Daisy 2.02$'
expect identifier daisy.txt '^meta dc:identifier dauys-[0-9a-f]{16}$'
expect language daisy.txt '^meta dc:language kk$'
expect publisher daisy.txt '^meta dc:publisher .+'
expect charset daisy.txt '^meta ncc:charset utf-8$'
expect pages daisy.txt '^meta ncc:pageNormal 0$'
expect toc daisy.txt '^meta ncc:tocItems 3$'
expect narrator daisy.txt '^meta ncc:narrator eSpeak NG kk, synthetic voice$'
expect files-count daisy.txt '^meta ncc:files 9$'
expect type daisy.txt '^meta ncc:multimediaType audioFullText$'
expect title-class daisy.txt '^title-class title$'
expect total-time daisy.txt '^totalTime ok$'
expect master daisy.txt '^master 01-kirispe.smil 02-kenges-okimetining-ornauy.smil 03-alash.smil$'
expect structure daisy.txt '^problems 0$'
# the chapter MP3s are the book's own audio, without their ID3 tag (and so without the cover)
/usr/bin/python3 - out/tarih/01-kirispe.mp3 out/tarih/daisy/01-kirispe.mp3 > copy.txt <<'PY'
import sys
src, copy = (open(p, "rb").read() for p in sys.argv[1:3])
tag = 10 + (src[6] << 21 | src[7] << 14 | src[8] << 7 | src[9]) if src[:3] == b"ID3" else 0
print("copy", "audio" if tag and copy == src[tag:] else "tag %d, %d and %d bytes" % (tag, len(src), len(copy)))
PY
expect copy copy.txt '^copy audio$'
# a build without --daisy (and without --epub) removes the earlier build's DAISY book
run plain 0 build -q -o out tarih.md
[ ! -e out/tarih/daisy ] && passes=$((passes + 1)) || { echo "FAIL plain: out/tarih/daisy is still there"; ls out/tarih/daisy; fails=$((fails + 1)); }
# heading levels: ## and ### become h1 and h2 in the ncc and the content, ncc:depth 2
levels_book
run levels 0 build -q --no-cache --bitrate 8 --quality 9 --daisy -o out levels.md
/usr/bin/python3 - out/levels/daisy > levels.txt <<'PY'
import re, sys
for name in ("ncc.html", "content.html"):
    text = open(sys.argv[1] + "/" + name, encoding="utf-8").read()
    print(name, " ".join(re.findall(r"<(h[1-6])[ >]", text)))
    print(name, "depth", (re.findall(r'name="ncc:depth" content="(\d)"', text) or ["-"])[0])
PY
expect levels-ncc levels.txt '^ncc.html h1 h2 h1 h2$'
expect levels-depth levels.txt '^ncc.html depth 2$'
expect levels-content levels.txt '^content.html h1 h2 h1 h2$'

finish

#!/usr/bin/env bash
# The read-along page, opened in a real browser (Debian's chromium, headless): every sentence
# carries its book WebVTT cue's times; #t=X marks the sentence whose cue holds X; a click, the
# arrow keys and the chapter list move the mark; the text is escaped; the controls are labelled.
. "$(dirname "$0")/lib.sh"

chromium=$(command -v chromium || true)
if [ -z "$chromium" ]; then echo "FAIL: chromium is not installed (scripts/setup installs it)"; exit 1; fi

tarih_book
run build 0 build -q --no-cache -o out tarih.md
page=out/tarih/tarih.html
[ -f "$page" ] && passes=$((passes + 1)) || { echo "FAIL page: no $page"; fails=$((fails + 1)); }

# escaped: the sentence holding <script> shows as text; the title's markup too
if grep -q '<script>alert' "$page"; then echo "FAIL escape: a raw <script> from the text"; fails=$((fails + 1)); else passes=$((passes + 1)); fi
expect escape-sentence "$page" '&lt;script&gt;alert\(1\)&lt;/script&gt;'
expect escape-title "$page" '<title>Қазақ &lt;тарихы&gt; &amp; &quot;мектеп&quot;</title>'
expect lang "$page" '<html lang="kk">'
expect labelled "$page" '<button id="play" type="button" aria-label="[^"]+"'

# one timing source: the spans carry the book WebVTT's cues, in order, to the millisecond
/usr/bin/python3 - "$page" out/tarih/tarih.vtt > times.txt <<'PY'
import re, sys
page, vtt = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read()
def sec(h, m, s, ms): return int(h) * 3600 + int(m) * 60 + int(s) + int(ms) / 1000
cues = [(sec(*a[:4]), sec(*a[4:])) for a in re.findall(r"(\d+):(\d\d):(\d\d)\.(\d\d\d) --> (\d+):(\d\d):(\d\d)\.(\d\d\d)", vtt)]
spans = [(float(b), float(e)) for b, e in re.findall(r'<span class="s" id="s\d+" data-b="([0-9.]+)" data-e="([0-9.]+)"', page)]
print("cues", len(cues), "spans", len(spans), "same" if cues == spans else "DIFFERENT")
for i, (b, e) in enumerate(cues):
    print("mid s%d %.3f" % (i + 1, (b + e) / 2))
PY
expect same-times times.txt '^cues 7 spans 7 same$'

# #t=X marks the sentence whose cue holds X (first, middle, last)
for s in s1 s4 s7; do
  t=$(sed -n "s/^mid $s //p" times.txt)
  timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --virtual-time-budget=2000 \
    --dump-dom "file://$PWD/$page#t=$t" > dom.txt 2>/dev/null
  marked=$(grep -o '<span class="s now" id="s[0-9]*"[^>]*aria-current="true"' dom.txt | sed 's/.*id="\(s[0-9]*\)".*/\1/' | tr '\n' ' ')
  [ "$marked" = "$s " ] && passes=$((passes + 1)) || { echo "FAIL hash t=$t: marked '$marked', want $s"; fails=$((fails + 1)); }
done

# a click, the arrow keys, the chapter list and the contrast button, driven from a page that
# holds the book's page in a frame (same origin with --allow-file-access-from-files)
cat > harness.html <<'HTML'
<!DOCTYPE html><html><body><pre id="out">not run</pre>
<iframe id="f" src="out/tarih/tarih.html"></iframe>
<script>
var f = document.getElementById('f');
f.onload = function () {
  var d = f.contentDocument, w = f.contentWindow, out = [];
  function cur() { var e = d.querySelectorAll('[aria-current="true"]'); return e.length === 1 ? e[0].id : e.length + ' marked'; }
  function key(k) { d.body.dispatchEvent(new w.KeyboardEvent('keydown', { key: k, bubbles: true })); }
  d.getElementById('s3').click(); out.push('click ' + cur());
  key('ArrowRight'); out.push('right ' + cur());
  key('ArrowLeft'); key('ArrowLeft'); out.push('left-left ' + cur());
  d.querySelector('nav a[data-c="2"]').click();
  out.push('chapter-3 ' + d.getElementById('audio').getAttribute('src') + ' ' + cur());
  key('ArrowRight'); out.push('chapter-3-right ' + cur());
  d.getElementById('contrast').click();
  out.push('contrast ' + d.body.classList.contains('contrast') + ' ' + d.getElementById('contrast').getAttribute('aria-pressed'));
  /* playing: the audio's clock reaches the middle of s7 (headless chromium plays no audio in
   * virtual time, so the clock is stood in for) */
  var a = d.getElementById('audio'), s7 = d.getElementById('s7');
  var mid = (parseFloat(s7.getAttribute('data-b')) + parseFloat(s7.getAttribute('data-e'))) / 2 -
            parseFloat(d.getElementById('c3').getAttribute('data-start'));
  Object.defineProperty(a, 'currentTime', { configurable: true, get: function () { return mid; }, set: function () {} });
  a.dispatchEvent(new w.Event('timeupdate')); out.push('playing ' + cur());
  d.getElementById('speed').value = '0.75'; d.getElementById('speed').dispatchEvent(new w.Event('change'));
  out.push('speed ' + d.getElementById('audio').playbackRate);
  document.getElementById('out').textContent = '\n' + out.join('\n') + '\n';
};
</script></body></html>
HTML
timeout 60 "$chromium" --headless --no-sandbox --disable-gpu --allow-file-access-from-files \
  --autoplay-policy=no-user-gesture-required --virtual-time-budget=3000 \
  --dump-dom "file://$PWD/harness.html" > harness.txt 2>/dev/null
expect click harness.txt '^click s3$'
expect right harness.txt '^right s4$'
expect left harness.txt '^left-left s2$'
expect chapter harness.txt '^chapter-3 03-alash\.mp3 0 marked$'
expect chapter-right harness.txt '^chapter-3-right s6$'
expect contrast harness.txt '^contrast true true$'
expect speed harness.txt '^speed 0\.75$'
expect playing harness.txt '^playing s7$'
# heading levels: the page's <h1> is the book's title, a # chapter is <h2>, a ## one <h3>;
# the chapter list nests the same way
levels_book
run levels 0 build -q --no-cache --bitrate 8 --quality 9 -o out levels.md
/usr/bin/python3 - out/levels/levels.html > levels.txt <<'PY'
import re, sys
page = open(sys.argv[1], encoding="utf-8").read()
print("headings", " ".join(re.findall(r"<(h[1-6])>", page)))
nav = page[page.index("<nav"):page.index("</nav>")]
depth, items = 0, []
for tag in re.findall(r"<ol>|</ol>|<li>", nav):
    depth += {"<ol>": 1, "</ol>": -1}.get(tag, 0)
    if tag == "<li>": items.append(str(depth))
print("nav", " ".join(items), "balanced" if nav.count("<li>") == nav.count("</li>") and depth == 0 else "UNBALANCED")
PY
expect levels-headings levels.txt '^headings h1 h2 h3 h2 h3$'
expect levels-nav levels.txt '^nav 1 2 1 2 balanced$'

finish

#!/usr/bin/env bash
# Issue 7, sections 3 (hostile inputs), 5 (containment) and 6 (exit codes): each input of the
# table either builds a correct book or fails with a one-line error naming file:line:column
# where it applies, a non-zero status and nothing written. test_bad_input.sh has the first cases
# of the table (missing, empty, NUL, invalid UTF-8, UTF-16 LE with a BOM, front matter, covers):
# this test adds the rest, the inputs that must build, and what the output files may carry.
#
# Checks of defects known in files this test's author does not own are "known": they print
# XFAIL (or XPASS once fixed) and do not fail the test, unless DY_HOSTILE_STRICT=1.
. "$(dirname "$0")/lib.sh"

PY=/usr/bin/python3
[ -x "$PY" ] || PY=python3
asan=0
ldd "$DAUYS" 2>/dev/null | grep -q libasan && asan=1
t_start=$(date +%s)

ok() { passes=$((passes + 1)); }
fail() { echo "FAIL $1: $2"; fails=$((fails + 1)); }
known() { # known NAME MESSAGE COMMAND...: a check of a defect not fixed yet
  local name=$1 msg=$2
  shift 2
  if "$@"; then
    echo "XPASS $name: now passes; make it a hard check"
    ok
  elif [ "${DY_HOSTILE_STRICT:-0}" = 1 ]; then
    fail "$name" "$msg"
  else
    echo "XFAIL $name: $msg"
  fi
}
must() { # must NAME MESSAGE COMMAND...: a check that fails the test
  local name=$1 msg=$2
  shift 2
  if "$@"; then ok; else fail "$name" "$msg"; fi
}
one_line() { [ "$(wc -l < err.txt)" -eq 1 ] && ok || { fail "$1" "not one line on stderr:"; sed 's/^/  /' err.txt; }; }
# decodes NAME FILE...: every MP3 decodes without a warning or an error
decodes() {
  local name=$1 f
  shift
  for f in "$@"; do
    if [ ! -s "$f" ]; then fail "$name" "missing $f"; continue; fi
    if mpg123 -t "$f" 2>mpg.txt && ! grep -Eiq 'warning|error|illegal|bad|skip' mpg.txt; then ok
    else fail "$name" "$f does not decode cleanly:"; sed 's/^/  /' mpg.txt; fi
  done
}
# same NAME FILE TEXT: FILE holds exactly TEXT (and a final newline)
same() {
  if [ "$(cat "$2")" = "$3" ]; then ok; else fail "$1" "$2 is not as expected:"; diff <(printf '%s\n' "$3") "$2" | sed 's/^/  /'; fi
}
seconds() { mpg123 -t "$1" 2>&1 | sed -n 's/^\[\([0-9]*\):\([0-9]*\)\] Decoding.*/\1 \2/p' | awk '{print $1 * 60 + $2}'; }

# bad NAME STATUS REGEX ARGS...: `dauys build -o out ARGS` fails with STATUS, prints one line
# matching REGEX, and writes no file
bad() {
  local name=$1 want=$2 re=$3
  shift 3
  rm -rf out
  run "$name" "$want" build -o out "$@" && expect "$name" err.txt "$re"
  one_line "$name"
  expect_empty_dir "$name" out
}

printf 'Бір сөйлем.\n' > ok.txt

# ---- 3. Must fail -------------------------------------------------------------------------

# a missing file (inside a folder that does not exist either), a missing lexicon, a missing cover
bad missing-path 1 '^nosuch/dir/kitap\.md: error: no such file or folder$' nosuch/dir/kitap.md
bad missing-lexicon 1 '^nosuch\.lexicon: error: cannot open: No such file' --lexicon nosuch.lexicon ok.txt

# a folder where a file is expected: a folder of no texts (only an image and an empty sub-folder),
# a folder given as the lexicon, as the cover, as the voice preset
mkdir -p notexts/sub && printf '\x89PNG\r\n\x1a\n' > notexts/cover.png
bad folder-no-texts 1 '^notexts: error: the folder has no \.txt or \.md files$' notexts
mkdir -p lexdir
bad lexicon-folder 1 '^lexdir: error: is a folder, not a text file$' --lexicon lexdir ok.txt
mkdir -p coverdir && printf -- '---\ncover: coverdir\n---\nМәтін.\n' > coverdir.md
bad cover-folder 1 "^coverdir\\.md: error: front matter: cover 'coverdir': not a regular file$" coverdir.md
mkdir -p presetdir.ini
bad preset-folder 2 "no voice preset '\\./presetdir\\.ini'" --voice ./presetdir.ini ok.txt

# empty and white-space only, in every form: a byte-order mark alone, CRLF blank lines, no-break
# and ideographic spaces, front matter and nothing after it, headings and nothing under them
printf '\xef\xbb\xbf' > bom-only.txt
bad bom-only 1 '^bom-only\.txt: error: the file is empty$' bom-only.txt
printf '\xef\xbb\xbf \r\n\t\r\n\r\n' > blank-crlf.txt
bad blank-crlf 1 '^blank-crlf\.txt: error: there is no text to read$' blank-crlf.txt
printf '\xc2\xa0\xe3\x80\x80\r\r\xe2\x80\x83\n' > blank-unicode.txt
bad blank-unicode-spaces 1 '^blank-unicode\.txt: error: there is no text to read$' blank-unicode.txt
printf -- '---\ntitle: Кітап\n---\n\n' > fm-only.md
bad front-matter-only 1 '^fm-only\.md: error: there is no text to read$' fm-only.md
printf '# Бір\n\n## Екі\n\n' > headings-only.md
bad headings-only 1 '^headings-only\.md: error: there is no text to read under the headings$' headings-only.md
printf '#\n\nМәтін.\n' > empty-heading.md
bad empty-heading 1 '^empty-heading\.md:1:1: error: empty heading' empty-heading.md

# binary files: a PNG, random bytes, a text with a NUL after CRLF lines (line:column counted in
# characters), a NUL in the front matter
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10' > picture.png
bad png 1 '^picture\.png:1:1: error: invalid UTF-8 \(byte 0x89\): this is a binary file, not UTF-8 text$' picture.png
"$PY" -c 'import random; random.seed(7); open("random.txt", "wb").write(bytes(random.randrange(256) for _ in range(4096)))'
bad random-bytes 1 '^random\.txt:1:[0-9]+: error: (NUL byte|invalid UTF-8 \(byte 0x[0-9A-F]{2}\)): this is a binary file' random.txt
printf 'Бір.\r\nЕкі.\r\nҮш \0 төрт.\r\n' > nul-crlf.txt
bad nul-crlf 1 '^nul-crlf\.txt:3:4: error: NUL byte: this is a binary file, not UTF-8 text$' nul-crlf.txt
printf -- '---\ntitle: Кі\0тап\n---\nМәтін.\n' > nul-fm.md
bad nul-front-matter 1 '^nul-fm\.md:2:10: error: NUL byte' nul-fm.md

# invalid UTF-8: overlong forms (2, 3 and 4 bytes), surrogates (high and low), beyond U+10FFFF,
# bytes that never occur, a lone continuation byte, sequences cut short (mid-line, at the end of
# the file, before a line end), after CR line ends; the column counts characters
inv() { # inv NAME BYTES LINE:COL HEXBYTE
  printf "$2" > "$1.txt"
  bad "$1" 1 "^$1\\.txt:$3: error: invalid UTF-8 \\(byte 0x$4\\); save the file as UTF-8\$" "$1.txt"
}
inv overlong-2 'Сөз \xc1\xbf' 1:5 C1
inv overlong-3 'Сөз \xe0\x80\xaf' 1:5 E0
inv overlong-4 'Сөз \xf0\x80\x80\xaf' 1:5 F0
inv surrogate-high 'Сөз \xed\xa0\xbd' 1:5 ED
inv surrogate-low 'Сөз \xed\xb0\x80' 1:5 ED
inv beyond-10ffff 'Сөз \xf4\x90\x80\x80' 1:5 F4
inv byte-f5 'Сөз \xf5\x80\x80\x80' 1:5 F5
inv byte-ff 'Сөз \xff' 1:5 FF
inv lone-continuation 'Сөз \x80 сөз' 1:5 80
inv truncated-2 'Сөз \xd2 сөз' 1:5 D2
inv truncated-3 'Сөз \xe2\x80 сөз' 1:5 E2
inv truncated-4 'Сөз \xf0\x9f\x98 сөз' 1:5 F0
inv truncated-at-eof 'Сөз сөз\xd3' 1:8 D3
inv truncated-before-lf 'Сөз\xe2\x80\nсөз' 1:4 E2
inv after-cr 'Бір.\rЕкі.\rҮш \xd0' 3:4 D0
inv after-crlf 'Бір.\r\n\r\nЕкі \xd0\x20' 3:5 D0

# UTF-16 and UTF-32: with a BOM (big-endian too), and without one: the message says to convert
printf '\xfe\xff\x04\x10\x04\x31' > utf16be.txt
bad utf16-be-bom 1 '^utf16be\.txt: error: the file is UTF-16 text; save it as UTF-8 \(for example: iconv' utf16be.txt
printf '\xff\xfe\x00\x00\x10\x04\x00\x00' > utf32.txt
bad utf32-le-bom 1 '^utf32\.txt: error: the file is UTF-16 text; save it as UTF-8' utf32.txt
printf 'Сәлем, әлем.\n' | iconv -f UTF-8 -t UTF-16LE > utf16le-nobom.txt
bad utf16-le-no-bom 1 '^utf16le-nobom\.txt:1:[0-9]+: error: .*this looks like UTF-16 text without a byte-order mark; save it as UTF-8 \(for example: iconv -f UTF-16LE -t UTF-8 IN > OUT\)$' utf16le-nobom.txt
printf 'Hello.\n' | iconv -f UTF-8 -t UTF-16BE > utf16be-nobom.txt
bad utf16-be-no-bom 1 '^utf16be-nobom\.txt:1:1: error: NUL byte: this looks like UTF-16 text without a byte-order mark; save it as UTF-8 \(for example: iconv -f UTF-16BE' utf16be-nobom.txt
# the same from standard input, through normalize
"$DAUYS" normalize - < utf16le-nobom.txt >out.txt 2>err.txt
[ $? -eq 1 ] && ok || fail normalize-stdin-utf16 "status not 1"
expect normalize-stdin-utf16 err.txt '^<stdin>:1:[0-9]+: error: .*UTF-16'

# front matter never closed: with CRLF line ends, with a "----" line that is no fence, opened
# and nothing else; a line that is not "key: value"
printf -- '---\r\ntitle: Кітап\r\n\r\nМәтін.\r\n' > unclosed-crlf.md
bad unclosed-crlf 1 "^unclosed-crlf\\.md:1:1: error: front matter opened here is never closed with '---'$" unclosed-crlf.md
printf -- '---\ntitle: Кітап\n----\nМәтін.\n' > unclosed-dashes.md
bad unclosed-four-dashes 1 '^unclosed-dashes\.md:1:1: error: front matter opened here is never closed' unclosed-dashes.md
printf -- '---' > unclosed-alone.md
bad unclosed-alone 1 '^unclosed-alone\.md:1:1: error: front matter opened here is never closed' unclosed-alone.md
printf -- '---\nтақырып: Кітап\n---\nМәтін.\n' > fm-cyrillic-key.md
bad front-matter-not-key-value 1 "^fm-cyrillic-key\\.md:2:1: error: front matter: expected 'key: value'$" fm-cyrillic-key.md

# covers: empty, a GIF, a text renamed .jpg, a link to /etc/passwd, PNG magic but over 10 MB
cover() { # cover NAME FILE REGEX
  printf -- '---\ncover: %s\n---\nМәтін.\n' "$2" > "$1.md"
  bad "$1" 1 "^$1\\.md: error: front matter: cover '$2'$3" "$1.md"
}
: > empty.png
cover cover-empty empty.png ': not a JPEG or PNG image$'
printf 'GIF89a\x01\x00\x01\x00' > anim.gif
cover cover-gif anim.gif ': not a JPEG or PNG image$'
printf 'JFIF? no' > fake.jpg
cover cover-fake-jpeg fake.jpg ': not a JPEG or PNG image$'
ln -sf /etc/passwd passwd.png
cover cover-symlink-text passwd.png ': not a JPEG or PNG image$'
printf '\x89PNG\r\n\x1a\n' > huge.png && truncate -s 11M huge.png
cover cover-over-10mb huge.png ': 11534336 bytes is too large for a cover \(limit 10485760\)$'
# links that lead to nothing usable say so, not "not a JPEG or PNG image"
ln -sf nosuch.png dangling.png
cover cover-dangling-link dangling.png ': cannot use: a symbolic link to a file that does not exist$'
ln -sfn coverdir dirlink.png
cover cover-link-to-folder dirlink.png ': cannot use: a symbolic link to a folder$'
ln -sf /dev/zero zero.png
cover cover-link-to-device zero.png ': cannot use: a symbolic link to a device or a pipe, not a regular file$'
# the structure is checked, not only the first bytes: a cut PNG, a damaged one, a JPEG with no frame
head -c 60 "$DY_TEST_DATA/tarih/cover.png" > cut.png
cover cover-truncated cut.png ': PNG: (the file ends inside a chunk|chunk .IDAT. runs past the end of the file) \(truncated\?\)$'
cp "$DY_TEST_DATA/tarih/cover.png" damaged.png && printf 'X' | dd of=damaged.png bs=1 seek=40 conv=notrunc 2>/dev/null
cover cover-bad-crc damaged.png ": PNG: bad CRC in chunk '[A-Za-z]{4}' \(a damaged file\)$"
printf '\xff\xd8\xff\xd9' > empty.jpg
cover cover-jpeg-no-frame empty.jpg ': JPEG: no frame header \(SOF\) before the end marker$'
# outside the book's folder: refused where it is written, before anything is read
outside() { # outside NAME PATH
  printf -- '---\ntitle: Т\ncover: %s\n---\nМәтін.\n' "$2" > "$1.md"
  bad "$1" 1 "^$1\\.md:3:8: error: front matter: cover '$2' is outside the book's folder" "$1.md"
}
outside cover-parent ../../etc/x.png
outside cover-absolute /etc/passwd
outside cover-inner-parent img/../../x.png

# malformed lexicons: two tabs, empty forms, invalid UTF-8, a NUL, CRLF lines (the line number
# still right), a UTF-16 one, one found beside the text, one inside a folder book
lex() { # lex NAME BYTES REGEX
  printf "$2" > "$1.lexicon"
  bad "$1" 1 "^$1\\.lexicon:$3" --lexicon "$1.lexicon" ok.txt
}
lex lexicon-two-tabs 'Абай\tа\tб\n' "1:7: error: lexicon: more than one tab on the line$"
lex lexicon-empty-written '\tбір\n' "1:1: error: lexicon: the written form is empty$"
lex lexicon-empty-spoken '# с\nАбай\t  \n' "2:6: error: lexicon: the spoken form is empty$"
lex lexicon-invalid-utf8 'Абай\tб\xff\n' "1:7: error: lexicon: invalid UTF-8$"
lex lexicon-nul 'Аб\0ай\tб\n' "1:3: error: lexicon: NUL byte$"
lex lexicon-crlf '# түсініктеме\r\nАбай\tАбай Құнанбайұлы\r\nжаман\r\n' "3:6: error: lexicon: expected 'written form<TAB>spoken form'$"
lex lexicon-utf16 '\xff\xfeA\0\t\0B\0' "1:1: error: lexicon: invalid UTF-8"
mkdir -p beside && printf 'Абай келді.\n' > beside/kitap.txt && printf 'Абай\n' > beside/kitap.lexicon
bad lexicon-beside 1 "^beside/kitap\\.lexicon:1:5: error: lexicon: expected 'written form<TAB>spoken form'$" beside/kitap.txt
mkdir -p lexbook && printf 'Бір.\n' > lexbook/01-a.txt && printf 'Екі.\n' > lexbook/02-b.txt
printf 'x\ty\tz\n' > lexbook/names.lexicon
bad lexicon-in-folder-book 1 '^lexbook/names\.lexicon:1:4: error: lexicon: more than one tab' lexbook

# malformed presets (status 2, a usage error): named file:line
preset() { # preset NAME BYTES REGEX
  printf "$2" > "$1.ini"
  bad "$1" 2 "^\\./$1\\.ini:$3" --voice "./$1.ini" ok.txt
}
preset preset-no-equals '[voice]\nrate 100\n' "2:1: error: malformed line \\(want 'key = value' or '\\[section\\]'\\)$"
preset preset-unclosed-section '[voice\nrate = 100\n' "1:1: error: malformed line"
preset preset-unknown-section '[voices]\nrate = 100\n' "2:1: error: unknown section \\[voices\\]"
preset preset-key-before-section 'rate = 100\n' "1:1: error: unknown section \\[\\]"
preset preset-long-line "[voice]\ndescription = $(head -c 400 /dev/zero | tr '\0' x)\n" "2:1: error: line too long"
preset preset-crlf '[voice]\r\nrate = 100\r\npitch = 200\r\n' "3:1: error: bad value for pitch"
# every value out of range, or not a number
preset rate-low '[voice]\nrate = 79\n' "2:1: error: bad value for rate: '79' \\(want words a minute, 80\\.\\.450\\)$"
preset rate-high '[voice]\nrate = 451\n' "2:1: error: bad value for rate: '451'"
preset rate-overflow '[voice]\nrate = 99999999999999999999999\n' "2:1: error: bad value for rate"
preset rate-float '[voice]\nrate = 1e2\n' "2:1: error: bad value for rate: '1e2'"
preset pitch-high '[voice]\npitch = 100\n' "2:1: error: bad value for pitch: '100' \\(want 0\\.\\.99\\)$"
preset range-negative '[voice]\nrange = -1\n' "2:1: error: bad value for range: '-1'"
preset pause-high '[pauses]\nsentence = 10.5\n' "2:1: error: bad value for sentence: '10\\.5' \\(want seconds, 0\\.\\.10\\)$"
preset pause-negative '[pauses]\nparagraph = -0.1\n' "2:1: error: bad value for paragraph"
preset pause-nan '[pauses]\ntitle = nan\n' "2:1: error: bad value for title: 'nan'"
preset pause-inf '[pauses]\ntitle = inf\n' "2:1: error: bad value for title: 'inf'"
preset loudness-high '[loudness]\ntarget = -4\n' "2:1: error: bad value for target: '-4' \\(want LUFS, -40\\.\\.-5\\)$"
preset loudness-low '[loudness]\ntarget = -41\n' "2:1: error: bad value for target"
preset peak-high '[loudness]\ntrue_peak = 0.5\n' "2:1: error: bad value for true_peak: '0\\.5' \\(want dBTP, -20\\.\\.0\\)$"
preset peak-low '[loudness]\ntrue_peak = -21\n' "2:1: error: bad value for true_peak"
printf '[voice]\nvariant = nosuch\n' > variant.ini
rm -rf out && "$DAUYS" build -q -o out --voice ./variant.ini ok.txt >out.txt 2>err.txt
st=$?
known preset-variant "status $st, $(cat err.txt)" eval '[ $st -eq 2 ] && grep -q "^\./variant\.ini:2:1: error:" err.txt'
# a binary preset is refused with its line; (known, src/audio/synth.c) an unknown variant or eSpeak
# voice is found only by the synthesizer, without the preset's line
printf '\0\1\2' > binary.ini
rm -rf out && "$DAUYS" build -q -o out --voice ./binary.ini ok.txt >out.txt 2>err.txt
must preset-binary "a binary preset is accepted (status $?)" grep -q '^\./binary\.ini:1:[0-9]*: error:' err.txt
printf '[voice]\nespeak = nosuchvoice\n' > espeak.ini
rm -rf out && "$DAUYS" build -q -o out --voice ./espeak.ini ok.txt >out.txt 2>err.txt
st=$?
known preset-espeak-voice "status $st, $(cat err.txt)" eval '[ $st -eq 2 ] && grep -q "^\./espeak\.ini:2:1: error:" err.txt && [ ! -e out ]'

# special files where a text is expected: a FIFO must not block, /dev/zero must not fill memory
mkfifo fifo.txt
rm -rf out && timeout 3 "$DAUYS" build -q -o out fifo.txt >out.txt 2>err.txt </dev/null
st=$?
must fifo "status $st (124: it blocked)" eval '[ $st -eq 1 ] && grep -q "^fifo\.txt: error: .*not a regular file" err.txt'
if [ $asan = 0 ]; then # ASan reserves terabytes of address space: no ulimit -v for it
  rm -rf out && (ulimit -v 2000000; timeout 20 "$DAUYS" build -q -o out /dev/zero >out.txt 2>err.txt </dev/null) 2>/dev/null
  st=$?
  must dev-zero "status $st: $(head -c 200 err.txt)" eval '[ $st -eq 1 ] && grep -q "^/dev/zero: error: .*not a regular file" err.txt'
fi
rm -f fifo.txt

# ---- 3. Must build -----------------------------------------------------------------------

# CRLF, lone CR, mixed line ends and a BOM: what is said is the same as with LF, and so are the
# chapter MP3s, byte for byte
text_lf=$'---\ntitle: Жол соңы\n---\n# Бірінші тарау\n\nБірінші абзацтың\nекі жолы бар. Екінші сөйлем.\n\nЕкінші абзац.\n\n# Екінші тарау\n\nСоңғы сөйлем.\n'
mkdir -p lf crlf cr mixed
printf '%s' "$text_lf" > lf/kitap.md
printf '%s' "$text_lf" | sed 's/$/\r/' > crlf/kitap.md
printf '%s' "$text_lf" | tr '\n' '\r' > cr/kitap.md
printf '\xef\xbb\xbf%s' "$text_lf" | "$PY" -c 'import sys
d = sys.stdin.buffer.read().split(b"\n")
ends = [b"\r\n", b"\r", b"\n"]
sys.stdout.buffer.write(b"".join(l + ends[i % 3] for i, l in enumerate(d[:-1])))' > mixed/kitap.md
"$DAUYS" normalize lf/kitap.md > norm-lf.txt
for e in crlf cr mixed; do
  run "normalize-$e" 0 normalize "$e/kitap.md"
  if cmp -s out.txt norm-lf.txt; then ok; else fail "normalize-$e" "not what LF gives:"; diff norm-lf.txt out.txt | sed 's/^/  /'; fi
done
same normalize-lf norm-lf.txt $'Бірінші тарау\nБірінші абзацтың екі жолы бар.\nЕкінші сөйлем.\nЕкінші абзац.\nЕкінші тарау\nСоңғы сөйлем.'
for e in lf crlf cr mixed; do
  run "build-$e" 0 build -q -o "out-$e" "$e/kitap.md"
done
decodes build-lf out-lf/kitap/01-birinshi-tarau.mp3 out-lf/kitap/02-ekinshi-tarau.mp3 out-lf/kitap/kitap.mp3
for e in crlf cr mixed; do
  for f in 01-birinshi-tarau.mp3 02-ekinshi-tarau.mp3 kitap.mp3 kitap.vtt; do
    cmp -s "out-lf/kitap/$f" "out-$e/kitap/$f" && ok || fail "build-$e" "$f differs from the LF build's"
  done
done
rm -rf out-lf out-crlf out-cr out-mixed

# control, zero-width and bidi characters and noncharacters are dropped, not read; so are emoji
printf 'Бір\x01\x02\x1b сөй\xe2\x80\x8bлем\xe2\x80\x8c\xe2\x80\x8d\xef\xbb\xbf. Екі\xe2\x80\x8e\xe2\x80\x8f\xe2\x80\xaa\xe2\x80\xab\xe2\x80\xac\xe2\x80\xad\xe2\x80\xae\xe2\x81\xa6\xe2\x81\xa7\xe2\x81\xa8\xe2\x81\xa9 сөйлем\x7f\xc2\x9b жол\xc2\xadдар\xe2\x81\xa0\xef\xbf\xbe\x0c\x0b.\n\nСәлем 😀 әлем 👍🏽! Отбасы 👨‍👩‍👧 бар ❤️ және ⭐ 🇰🇿 ту.\n' > invisible.txt
run normalize-invisible 0 normalize invisible.txt
same normalize-invisible out.txt $'Бір сөйлем.\nЕкі сөйлем жолдар.\nСәлем әлем!\nОтбасы бар және ту.'
run build-invisible 0 build -q -o out invisible.txt
decodes build-invisible out/invisible/01-invisible.mp3 out/invisible/invisible.mp3
# the subtitles keep the sentence as written, but without controls and bidi controls
"$PY" - out/invisible > chars.txt <<'PY'
import sys, unicodedata, glob
for f in glob.glob(sys.argv[1] + "/*"):
    if f.endswith((".vtt", ".lrc", ".cue", ".m3u8", ".html")):
        for ch in open(f, encoding="utf-8").read():
            if ch not in "\r\n" and (unicodedata.category(ch) == "Cc" or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069):
                print(f, "U+%04X" % ord(ch))
PY
[ -s chars.txt ] && fail invisible-in-files "$(sort -u chars.txt | head -5)" || ok
rm -rf out

# Latin and Russian text among the Kazakh: left to eSpeak (English voice), or spelled in Cyrillic
printf 'Бұл Windows жүйесі, ал Москва Ресей астанасы. Hello world! Привет, как дела? Ёлка щука.\n' > mixed-script.txt
run normalize-mixed-script 0 normalize mixed-script.txt
same normalize-mixed-script out.txt $'Бұл Windows жүйесі, ал Москва Ресей астанасы.\nHello world!\nПривет, как дела?\nЁлка щука.'
run normalize-no-latin 0 normalize --no-latin-voice mixed-script.txt
grep -q '[A-Za-z]' out.txt && fail normalize-no-latin "Latin letters left: $(cat out.txt)" || ok
expect normalize-no-latin out.txt '^Привет, как дела\?$'
run build-mixed-script 0 build -q -o out mixed-script.txt
decodes build-mixed-script out/mixed-script/01-mixed-script.mp3
run build-no-latin 0 build -q --no-latin-voice -o out mixed-script.txt
decodes build-no-latin out/mixed-script/01-mixed-script.mp3
rm -rf out

# a 5,000-digit number: read digit by digit (a cardinal that long has no name)
"$PY" -c 'print("Бір " + "5" * 5000 + " сөз.")' > digits.txt
run normalize-5000-digits 0 normalize digits.txt
awk 'NR == 1 && NF == 5002 && $1 == "Бір" && $5002 == "сөз." { for (i = 2; i <= 5001; i++) if ($i != "бес") exit 1; ok = 1 } END { exit !(ok && NR == 1) }' out.txt \
  && ok || fail normalize-5000-digits "not 'Бір' + 5000 × 'бес' + 'сөз.': $(head -c 200 out.txt)"
run explain-5000-digits 0 normalize --explain digits.txt
expect explain-5000-digits out.txt '→ бес бес бес .* бес  \[cardinal\]$'

# 10,000 headings: every title is said ("Тарау он мың"); a real build of 10,000 chapters
# (the same title, so the cache speaks it once): 10,000 chapter files, a playlist of all, no cue
# sheet (99 tracks at most), a book file that decodes, a CHAP per chapter and a CTOC of 255
"$PY" -c '
with open("headings.md", "w") as f:
    for i in range(10000): f.write("# Тарау %d\n\nИә.\n\n" % (i + 1))
with open("same-headings.md", "w") as f:
    for i in range(10000): f.write("# А\n\nИә.\n\n")'
run normalize-10000-headings 0 normalize headings.md
[ "$(wc -l < out.txt)" -eq 20000 ] && ok || fail normalize-10000-headings "$(wc -l < out.txt) lines, not 20000"
[ "$(sed -n '1p;19999p' out.txt | tr '\n' '|')" = "Тарау бір|Тарау он мың|" ] && ok \
  || fail normalize-10000-headings "titles: $(sed -n '1p;19999p' out.txt | tr '\n' '|')"
t0=$(date +%s)
run build-10000-headings 0 build -q --bitrate 8 --quality 9 --title-pause 0 --sentence-pause 0 --paragraph-pause 0 -o out same-headings.md
t_headings=$(($(date +%s) - t0))
b=out/same-headings
[ "$(find $b -maxdepth 1 -name '[0-9][0-9][0-9][0-9][0-9]-a.mp3' | wc -l)" -eq 10000 ] && ok \
  || fail build-10000-headings "$(find $b -maxdepth 1 -name '*.mp3' | wc -l) MP3 files"
[ -e $b/same-headings.cue ] && fail build-10000-headings "a cue sheet of 10,000 tracks" || ok
[ "$(grep -c '^#EXTINF:' $b/same-headings.m3u8)" -eq 10000 ] && ok || fail build-10000-headings "playlist"
expect build-10000-headings-last $b/same-headings.m3u8 '^10000-a\.mp3$'
decodes build-10000-headings $b/00001-a.mp3 $b/10000-a.mp3 $b/same-headings.mp3
if "$PY" -c 'import mutagen' 2>/dev/null; then
  "$PY" - $b/same-headings.mp3 > chap.txt <<'PY'
import sys, mutagen.id3 as id3
t = id3.ID3(sys.argv[1])
print(len(t.getall("CHAP")), max(len(c.child_element_ids) for c in t.getall("CTOC")))
PY
  same build-10000-headings-chap chap.txt '10000 255'
fi
rm -rf out

# a 10 MB file on one line without punctuation: every word kept, memory bounded, read in pieces
# the splitter's 256 KiB window cuts at spaces (normalize reads, splits and normalizes exactly
# as build does)
"$PY" - <<'PY'
import random
random.seed(1)
words = "бұл сөйлем өте ұзақ және ол ешқашан бітпейді мектеп оқушы кітап".split()
out, n = [], 0
while n < 10 * 1024 * 1024:
    w = words[random.randrange(len(words))]
    out.append(w)
    n += len(w.encode()) + 1
open("ten-mb.txt", "w").write(" ".join(out))
PY
rss_limit=$((asan ? 1200000 : 300000))
t0=$(date +%s)
rss=$("$PY" -c 'import resource, subprocess, sys
r = subprocess.run(sys.argv[1:], stdout=open("out.txt", "w"), stderr=open("err.txt", "w"))
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss if r.returncode == 0 else -r.returncode)' "$DAUYS" normalize ten-mb.txt)
t_10mb=$(($(date +%s) - t0))
[ "$rss" -gt 0 ] && ok || { fail normalize-10mb "status ${rss#-}"; cat err.txt; }
[ "$rss" -lt "$rss_limit" ] && ok || fail normalize-10mb-memory "peak RSS $rss kB (limit $rss_limit kB)"
longest=$(awk '{ if (length($0) > m) m = length($0) } END { print m }' out.txt)
[ "$(wc -l < out.txt)" -ge 40 ] && [ "$longest" -le 262144 ] &&
  [ "$(wc -w < out.txt)" -eq "$(wc -w < ten-mb.txt)" ] && ok \
  || fail normalize-10mb "$(wc -l < out.txt) lines (longest $longest), $(wc -w < out.txt) words of $(wc -w < ten-mb.txt)"
rm -f ten-mb.txt out.txt

# a 100,000-character sentence, really built (at the fastest rate and smallest bit rate, to keep
# the test short): one clean MP3 of all the words, one cue with the whole sentence
"$PY" - <<'PY'
import random
random.seed(2)
words = "бұл сөйлем өте ұзақ және ол ешқашан бітпейді мектеп оқушы кітап".split()
s = ""
while len(s) < 100000:
    s += words[random.randrange(len(words))] + " "
open("long-sentence.txt", "w").write(s[:99999].rstrip() + ".\n")
PY
[ "$("$PY" -c 'print(len(open("long-sentence.txt").read().strip()))')" -eq 100000 ] || fail long-sentence "not 100,000 characters"
t0=$(date +%s)
run build-100k-sentence 0 build -q --no-cache --rate 450 --bitrate 8 --quality 9 -o out long-sentence.txt
t_sentence=$(($(date +%s) - t0))
decodes build-100k-sentence out/long-sentence/01-long-sentence.mp3
s=$(seconds out/long-sentence/01-long-sentence.mp3)
[ "${s:-0}" -ge 1800 ] && ok || fail build-100k-sentence "only ${s:-0} s of audio for 14,000 words at 450 a minute"
"$PY" - out/long-sentence/01-long-sentence.vtt > cue.txt <<'PY'
import sys
blocks = open(sys.argv[1], encoding="utf-8").read().strip("\n").split("\n\n")
print(len(blocks) - 1, len(blocks[-1].split("\n")[2]))
PY
same build-100k-sentence-vtt cue.txt '1 100000'
rm -rf out long-sentence.txt

# ---- 5. Containment ----------------------------------------------------------------------

# Titles that try to leave the folder, Windows device names, 1000 letters, only symbols, playlist
# directives, cue and subtitle syntax, markup, line breaks hidden in controls, noncharacters;
# books named the same way. Everything stays in out/<book>/, named from the ASCII slug only.
long=$("$PY" -c 'print("ж" * 1000)')
cat > 'hostile.md' <<EOF
---
title: ../../etc/"Кітап" <b>&amp;</b>
author: A "B" --> [x]
---
# ../../etc/passwd

Бір.

# CON

Екі.

# nul

Үш.

# aux.txt

Төрт.

# $long

Бес.

# !!! ??? *** %%%

Алты.

# #EXT-X-ENDLIST

Жеті.

# Ат "тырнақша" --> <i>x</i> & [1] сөз

Сегіз --> тоғыз &amp; <b>он</b>.

# LPT9

Он.

# COM¹

Он бір.
EOF
printf '# А\x0c#EXT-X-ENDLIST\x0b#EXTM3U\xe2\x80\xa8#X\xc2\x85#Y\xe2\x80\xae!\x01\n\nБір сөз.\n' >> hostile.md
printf '# Б\xef\xbf\xbe\xef\xbf\xbf\n\nЕкі \xef\xbf\xbf сөз.\n' >> hostile.md
mkdir -p lib
for n in CON.txt aux.md NUL.txt Com1.md lpt9.txt '!!!.txt' prn.old.txt "$("$PY" -c 'print("ж" * 120)').txt" \
  $'Кітап "q"\n#EXTINF:0,evil\r\nFILE "x.mp3" MP3.txt'; do
  printf 'Сөз.\n' > "lib/$n"
done
find . -mindepth 1 -not -path './out*' -not -name before.txt -not -name after.txt | sort > before.txt
run build-hostile 0 build -q --daisy --epub -o out hostile.md
run build-hostile-library 0 build -q -o out lib
find . -mindepth 1 -not -path './out*' -not -name before.txt -not -name after.txt | sort > after.txt
cmp -s before.txt after.txt && ok || { fail containment "files appeared outside out/:"; diff before.txt after.txt | sed 's/^/  /'; }
# every path under out/ is out/<slug>/<name> (or out/<slug>/daisy/<name>, out/.cache/...):
# names of lower-case ASCII letters, digits and '-' (a device name gets '_'), no "..", capped;
# the one hidden name is the build's record of what it wrote
find out -mindepth 1 -not -path 'out/.cache*' -not -name .dauys-manifest | sed 's|^out/||' > paths.txt
grep -Evx '[a-z0-9][a-z0-9-]{0,47}_?(/(daisy(/[a-z0-9][a-z0-9._-]*)?|[a-z0-9][a-z0-9._-]*))?' paths.txt > badpaths.txt
[ -s badpaths.txt ] && fail slug-names "$(head -5 badpaths.txt)" || ok
awk -F/ '{ print $NF }' paths.txt | awk -F. '{ print tolower($1) }' | sed 's/^[0-9]*-//' \
  | grep -Ex '(con|prn|aux|nul|com[0-9]|lpt[0-9])' > devices.txt
[ -s devices.txt ] && fail windows-names "$(sort -u devices.txt | tr '\n' ' ')" || ok
awk -F/ '{ for (i = 1; i <= NF; i++) if (length($i) > 60) print }' paths.txt | grep . && fail slug-length "a name over 60 characters" || ok
for d in con_ aux_ nul_ com1_ lpt9_ untitled prn-old zhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzh \
  kitap-q-extinf-0-evil-file-x-mp3-mp3 hostile; do
  [ -d "out/$d" ] && ok || fail library-folders "no out/$d/ (there are: $(ls out | tr '\n' ' '))"
done
h=out/hostile
for f in 01-etc-passwd 02-con_ 03-nul_ 04-aux-txt 05-zhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzhzh 06-untitled \
  07-ext-x-endlist 08-at-tyrnaqsha-i-x-i-1-soz 09-lpt9_ 10-com1_ 11-a-ext-x-endlist-extm3u-x-y 12-b; do
  [ -f "$h/$f.mp3" ] && ok || fail chapter-names "no $h/$f.mp3 (there are: $(ls $h | grep mp3 | tr '\n' ' '))"
done
decodes build-hostile $h/hostile.mp3 $h/01-etc-passwd.mp3 $h/12-b.mp3
# each text output keeps its structure whatever the titles, author and sentences carry
"$PY" - out > structure.txt <<'PY'
import sys, glob, re, os
def lines(f):
    return open(f, encoding="utf-8", newline="").read().splitlines()  # every Unicode line break
for f in glob.glob(sys.argv[1] + "/*/*.m3u8"):
    ls = lines(f)
    if ls[0] != "#EXTM3U" or not ls[1].startswith("#PLAYLIST:"):
        print(f, "header", ls[:2])
    body = ls[2:]
    if len(body) % 2:
        print(f, "odd number of lines")
    for i in range(0, len(body) - 1, 2):
        if not re.match(r"#EXTINF:\d+,", body[i]):
            print(f, "not #EXTINF:", repr(body[i]))
        if body[i + 1].startswith("#") or not os.path.isfile(os.path.join(os.path.dirname(f), body[i + 1])):
            print(f, "not a chapter file:", repr(body[i + 1]))
for f in glob.glob(sys.argv[1] + "/*/*.cue"):
    for l in open(f, encoding="utf-8", newline="").read().split("\r\n")[:-1]:
        if not re.fullmatch(r'(PERFORMER|TITLE) "[^"\x00-\x1f]*"|FILE "[a-z0-9._-]+" MP3|  TRACK \d\d AUDIO|    TITLE "[^"\x00-\x1f]*"|    INDEX 01 \d\d+:\d\d:\d\d', l) \
           or any(c in l for c in "\u2028\u2029\x85"):
            print(f, "bad line", repr(l[:80]))
for f in glob.glob(sys.argv[1] + "/*/*.vtt"):
    blocks = open(f, encoding="utf-8", newline="").read().split("\n\n")
    if blocks[0] != "WEBVTT":
        print(f, "header", repr(blocks[0]))
    for b in blocks[1:]:
        ls = b.strip("\n").split("\n")
        if ls[0].startswith("NOTE"):
            if "-->" in b or len(ls) != 1:
                print(f, "bad NOTE", repr(b[:80]))
        elif len(ls) != 3 or not re.fullmatch(r"c\d+-s\d+", ls[0]) \
             or not re.fullmatch(r"\d\d:\d\d:\d\d\.\d\d\d --> \d\d:\d\d:\d\d\.\d\d\d", ls[1]) \
             or "-->" in ls[2] or "<" in ls[2]:
            print(f, "bad cue", repr(b[:80]))
for f in glob.glob(sys.argv[1] + "/*/*.lrc"):
    for l in lines(f):
        if not re.fullmatch(r"\[(ti|ar|by):[^\[\]]*\]|(\[\d\d+:\d\d\.\d\d\])[^\[\]]*", l):
            print(f, "bad line", repr(l[:80]))
PY
[ -s structure.txt ] && { fail output-structure "a title or sentence broke a file:"; head -20 structure.txt | sed 's/^/  /'; } || ok
expect cue-quote $h/hostile.cue "^    TITLE \"Ат 'тырнақша' --> <i>x</i> & \\[1\\] сөз\"."
expect cue-newline out/kitap-q-extinf-0-evil-file-x-mp3-mp3/kitap-q-extinf-0-evil-file-x-mp3-mp3.cue \
  "^TITLE \"Кітап 'q' #EXTINF:0,evil FILE 'x\\.mp3' MP3\"."
expect m3u8-directive $h/hostile.m3u8 '^#EXTINF:[0-9]+,A "B" --> \[x\] - #EXT-X-ENDLIST$'
expect vtt-arrow $h/hostile.vtt '^Сегіз --&gt; тоғыз &amp;amp; &lt;b&gt;он&lt;/b&gt;\.$'
# HTML, DAISY and EPUB files are well-formed XML (or HTML with no markup from the text)
grep -q '<i>x</i>\|<b>&amp;</b>\|<b>он</b>' $h/hostile.html $h/daisy/*.html && fail html-escape "markup from a title reached the page" || ok
"$PY" - $h > xml.txt <<'PY'
import sys, glob, zipfile, xml.etree.ElementTree as ET
d = sys.argv[1]
for f in glob.glob(d + "/daisy/*.smil") + glob.glob(d + "/daisy/*.html"):
    try: ET.parse(f)
    except ET.ParseError as e: print(f, e)
z = zipfile.ZipFile(d + "/hostile.epub")
for n in z.namelist():
    if ".." in n or n.startswith("/"):
        print("epub entry", n)
    if n.endswith((".xhtml", ".opf", ".smil", ".xml", ".ncx")):
        try: ET.fromstring(z.read(n))
        except ET.ParseError as e: print(n, e)
PY
# U+FFFE and U+FFFF are valid UTF-8 but not XML characters: the writers drop them
must xml-well-formed "$(head -3 xml.txt | tr '\n' ';')" eval '! [ -s xml.txt ]'
rm -rf out lib

# ---- 6. Exit codes -----------------------------------------------------------------------

run help 0 --help
expect exit-codes-help out.txt '^Exit status: 0 success, 1 a book failed, 2 usage error, 3 check --strict found$'
expect exit-codes-help out.txt '^places to proofread, 130 interrupted \(Ctrl-C\), 143 stopped \(SIGTERM\), 129 hung up$'
if [ -n "${DY_SOURCE:-}" ] && [ -f "$DY_SOURCE/README.md" ]; then
  for row in '^\| 0 \| every book was built' '^\| 1 \| a book could not be built' '^\| 2 \| a usage error' '^\| 3 \| `dauys check --strict` found' '^\| 130 \| interrupted' '^\| 143 \| stopped by SIGTERM' '^\| 129 \| stopped by SIGHUP'; do
    expect exit-codes-readme "$DY_SOURCE/README.md" "$row"
  done
fi
# a library of one good and two bad books: the good one is built, the status is 1
mkdir -p shelf && printf 'Жақсы кітап.\n' > shelf/good.txt && printf 'Жаман \xff.\n' > shelf/bad-utf8.txt
printf '\xff\xfeA\0' > shelf/bad-utf16.txt
run mixed-library 1 build -q -o out shelf
expect mixed-library err.txt '^shelf/bad-utf8\.txt:1:7: error: invalid UTF-8'
expect mixed-library err.txt '^shelf/bad-utf16\.txt: error: the file is UTF-16 text'
[ "$(wc -l < err.txt)" -eq 2 ] && ok || fail mixed-library "not two lines on stderr"
decodes mixed-library out/good/01-good.mp3
[ -e out/bad-utf8 ] || [ -e out/bad-utf16 ] && fail mixed-library "a folder for a bad book" || ok
rm -rf out
# a usage error stops before any book: status 2, nothing written
printf '[voice]\nrate = 1000\n' > fast.ini
bad usage-before-books 2 '^\./fast\.ini:2:1: error: bad value for rate' --voice ./fast.ini ok.txt shelf/good.txt

echo "timings: 10,000 headings built in ${t_headings} s, 100,000-character sentence built in ${t_sentence} s, 10 MB normalized in ${t_10mb} s at ${rss} kB peak RSS; whole test $(($(date +%s) - t_start)) s"
finish

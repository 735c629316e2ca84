#!/usr/bin/env bash
# Text that looks the same reads the same (issue 13): a text typed with decomposed letters
# (и + U+0306 for й, е + U+0308 for ё) reads and sounds exactly as the composed one, a lexicon
# too; Latin look-alike letters inside Cyrillic words are folded before any rule.
. "$(dirname "$0")/lib.sh"

mkdir -p nfc nfd
# the same text twice: composed (NFC) and with й, ё written decomposed (NFD)
printf 'Кейін 1917 ж. 5 қазанда ёлка тойы болды.\n' > nfc/kitap.txt
printf 'Ке\xd0\xb8\xcc\x86ін 1917 ж. 5 қазанда \xd0\xb5\xcc\x88лка тойы болды.\n' > nfd/kitap.txt
if cmp -s nfc/kitap.txt nfd/kitap.txt; then echo "FAIL setup: the two files are the same bytes"; fails=$((fails + 1)); fi

run normalize-nfc 0 normalize nfc/kitap.txt
mv out.txt nfc.out
run normalize-nfd 0 normalize nfd/kitap.txt
expect normalize-nfd out.txt '^Кейін мың тоғыз жүз он жетінші жылы бесінші қазанда ёлка тойы болды\.$'
if cmp -s nfc.out out.txt; then passes=$((passes + 1)); else
  echo "FAIL normalize-same: NFD text reads differently:"; diff nfc.out out.txt; fails=$((fails + 1)); fi

# the same MP3 bytes
run build-nfc 0 build -j 1 --no-cache -o out-nfc nfc/kitap.txt
run build-nfd 0 build -j 1 --no-cache -o out-nfd nfd/kitap.txt
n=0
for f in out-nfc/kitap/*.mp3; do
  n=$((n + 1))
  if cmp -s "$f" "out-nfd/kitap/$(basename "$f")"; then passes=$((passes + 1)); else
    echo "FAIL build-same: $(basename "$f") differs between the NFC and the NFD text"; fails=$((fails + 1)); fi
done
[ "$n" -gt 0 ] && passes=$((passes + 1)) || { echo "FAIL build-same: no MP3 written"; fails=$((fails + 1)); }
# the page and the subtitles show the text as read: composed, the same bytes as from the NFC text
for f in kitap.html kitap.vtt; do
  if cmp -s "out-nfc/kitap/$f" "out-nfd/kitap/$f"; then passes=$((passes + 1)); else
    echo "FAIL shown-same: $f differs between the NFC and the NFD text"; fails=$((fails + 1)); fi
done
expect page-composed out-nfd/kitap/kitap.vtt '^Кейін 1917 ж\. 5 қазанда ёлка тойы болды\.$'

# a lexicon in NFD matches NFC text, and a lexicon in NFC matches NFD text
printf 'Ке\xd0\xb8\xcc\x86ін\tсодан кейін\n' > nfd.lexicon
printf 'Кейін\tсодан кейін\n' > nfc.lexicon
run lexicon-nfd 0 normalize --lexicon nfd.lexicon nfc/kitap.txt
expect lexicon-nfd out.txt '^содан кейін мың тоғыз'
run lexicon-nfc 0 normalize --lexicon nfc.lexicon nfd/kitap.txt
expect lexicon-nfc out.txt '^содан кейін мың тоғыз'

# invalid UTF-8 is named on the bytes as written (и, U+0306, then the bad byte: column 3)
printf '\xd0\xb8\xcc\x86\xff\n' > bad.txt
run bad-utf8 1 normalize bad.txt
expect bad-utf8 err.txt '^bad\.txt:1:3: error: invalid UTF-8 \(byte 0xFF\)'

# Latin look-alikes inside Cyrillic words: "5-шi" with a Latin i, "қaзанда" with a Latin a; the
# page shows them as written, the reading is folded; Latin words and numerals stay
printf '5-шi сабақ 10 қaзанда. Microsoft XX ғасырда.\n' > latin.txt
run lookalike 0 normalize latin.txt
expect lookalike out.txt '^бесінші сабақ оныншы қазанда\.$'
expect lookalike-latin out.txt '^Microsoft жиырмасыншы ғасырда\.$'
run lookalike-explain 0 normalize --explain latin.txt
expect lookalike-explain out.txt '^  5-шi → бесінші  \[suffix\]$'
expect lookalike-explain-word out.txt '^  қaзанда → қазанда  \[word\]$'

# a worked solution typed in a maths font: its letters are the plain ones (U+1D44E 𝑎, U+1D439 𝐹,
# U+1D45A 𝑚), while a superscript two stays a square
printf '\xf0\x9d\x90\xb9 = \xf0\x9d\x91\x9a\xf0\x9d\x91\x8e, x\xc2\xb2 + 2 = 0.\n' > math.txt
run math-letters 0 normalize math.txt
expect math-letters out.txt '^эф тең эм а, икс квадрат қосу екі тең нөл\.$'

# a diploma in an old Kazakh font (thirty-fourth survey): inside a Cyrillic word of four letters
# or more ± is ұ, µ is ө, ¥ is Ұ, and њ is ң; a sign between numbers or short letters stays
printf 'Мазм±ны. Кµлемдік ќатынас зањы. ¥йымдастыру кезеңі. Қ¥РЫЛЫС.\n\n5±2 тең. ¥100 тұрады. Қалыңдығы 5 µм.\n' > font.txt
run font-letters 0 normalize font.txt
expect font-letters out.txt '^Мазмұны\.$'
expect font-micro out.txt '^Көлемдік қатынас заңы\.$'
expect font-yen out.txt '^Ұйымдастыру кезеңі\.$'
expect font-yen-caps out.txt '^құрылыс\.$'
expect font-signs-stay out.txt '^бес плюс-минус екі тең\.$'
expect font-yen-stays out.txt '^жүз юань тұрады\.$'
expect font-micro-sign-stays out.txt '^Қалыңдығы бес микрометр\.$'

finish

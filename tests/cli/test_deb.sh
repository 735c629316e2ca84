#!/usr/bin/env bash
# The Debian package (cpack -G DEB, cmake/install.cmake) as a school's IT admin gets it: its
# control fields name the dependencies; unpacked with dpkg-deb into a folder of its own (apt puts
# the same tree under /), the program builds the sample text from a folder away from the source
# tree with no $DAUYS_VOICES, and takes the presets of the unpacked tree; the man page renders and
# the licence is there.
. "$(dirname "$0")/lib.sh"
unset DAUYS_VOICES

version=$("$DAUYS" --version | sed -n '1s/^dauys //p')
(cd "$DY_BUILD" && cpack -G DEB -B "$DY_TEST_TMP/pkg") > cpack.txt 2>&1 ||
  { echo "FAIL cpack:"; sed 's/^/  /' cpack.txt; exit 1; }
deb=(pkg/dauys_"$version"_*.deb)
[ -f "${deb[0]}" ] || { echo "FAIL: no pkg/dauys_${version}_*.deb:"; ls pkg; exit 1; }
dpkg-deb -f "${deb[0]}" > control.txt
expect package control.txt '^Package: dauys$'
expect version control.txt "^Version: $version\$"
expect section control.txt '^Section: sound$'
expect maintainer control.txt '^Maintainer: .+ <.+@.+>$'
expect description control.txt '^Description: Kazakh text to chaptered MP3 audiobooks$'
expect depends-data control.txt '^Depends: (.*, )?espeak-ng-data(,|$)'
expect depends-espeak control.txt '^Depends: .*libespeak-ng1'
expect depends-lame control.txt '^Depends: .*libmp3lame0'

# away from the source tree and the build folder
work=$(mktemp -d /tmp/dauys-deb-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
dpkg-deb -x "${deb[0]}" "$work/root"
root=$work/root
for f in usr/bin/dauys usr/share/dauys/voices/kk.ini usr/share/man/man1/dauys.1.gz usr/share/doc/dauys/copyright; do
  [ -f "$root/$f" ] && passes=$((passes + 1)) || { echo "FAIL: the package has no /$f"; fails=$((fails + 1)); }
done
expect copyright "$root/usr/share/doc/dauys/copyright" 'GPL-3\.0-or-later'
expect copyright-text "$root/usr/share/doc/dauys/copyright" '^ +GNU GENERAL PUBLIC LICENSE$'
LC_ALL=C.UTF-8 MANPAGER=cat MANWIDTH=80 man -l "$root/usr/share/man/man1/dauys.1.gz" > man.txt 2> man-err.txt
expect man-name man.txt '^ +dauys - Kazakh text to chaptered MP3 audiobooks$'
expect man-synopsis man.txt '^ +dauys +normalize '
expect man-option man.txt '^ +--bitrate KBPS$'
expect man-files man.txt 'share/dauys/voices/'
[ ! -s man-err.txt ] && passes=$((passes + 1)) || { echo "FAIL man: it warned:"; cat man-err.txt; fails=$((fails + 1)); }

# the unpacked tree's presets are the ones used: kk's description there is told apart
sed -i 's/^description = .*/& [unpacked]/' "$root/usr/share/dauys/voices/kk.ini"
cp "$DY_SOURCE/texts/kenes-okimeti-1917.txt" "$work/"
cd "$work" || exit 1
DAUYS=$root/usr/bin/dauys
run voices 0 voices && expect voices out.txt '^kk +.*\[unpacked\]$'
expect voices-all out.txt '^kk-female '
[ "$(grep -c '^kk ' out.txt)" = 1 ] && passes=$((passes + 1)) || { echo "FAIL voices-once:"; cat out.txt; fails=$((fails + 1)); }
run build 0 build -q -o out kenes-okimeti-1917.txt
book=out/kenes-okimeti-1917/kenes-okimeti-1917.mp3
if mpg123 -t "$book" 2> mpg.txt && ! grep -Eiq 'warning|error' mpg.txt; then passes=$((passes + 1)); else echo "FAIL decode $book:"; cat mpg.txt; fails=$((fails + 1)); fi
cd "$DY_TEST_TMP" || exit 1
finish

#!/usr/bin/env bash
# Where the program finds the voice presets shipped with it (voice_dirs in src/cli/cmd_voices.c): after
# $DAUYS_VOICES, the first folder that exists of <exe dir>/voices, <exe dir>/../share/dauys/voices
# and the source tree's voices/. A copy of the program in a folder of its own shows each case;
# the presets of each folder are told apart by their description.
. "$(dirname "$0")/lib.sh"
unset DAUYS_VOICES

mkdir -p app/bin link
cp "$DAUYS" app/bin/dauys
ln -s "$PWD/app/bin/dauys" link/dauys
DAUYS=$PWD/app/bin/dauys
# mark DIR WORD: DIR holds the shipped presets, kk's description ending in [WORD]
mark() {
  mkdir -p "$1" && cp "$DY_SOURCE"/voices/*.ini "$1"/
  sed -i "s/^description = .*/& [$2]/" "$1/kk.ini"
}

# nothing beside the copy: the source tree's presets
run source 0 voices && expect source out.txt '^kk +Kazakh \(eSpeak NG kk\), a calm pace for listening$'
expect source-all out.txt '^kk-slow '

# the install prefix seen from the program: <exe dir>/../share/dauys/voices, and only that folder
mark app/share/dauys/voices share
run prefix 0 voices && expect prefix out.txt '^kk +.*\[share\]$'
[ "$(grep -c '^kk ' out.txt)" = 1 ] && passes=$((passes + 1)) || { echo "FAIL prefix-once: kk listed more than once:"; cat out.txt; fails=$((fails + 1)); }

# beside the executable comes first
mark app/bin/voices beside
run beside 0 voices && expect beside out.txt '^kk +.*\[beside\]$'

# through a symbolic link the program still finds the folder beside the real file
DAUYS=$PWD/link/dauys run link 0 voices && expect link out.txt '^kk +.*\[beside\]$'

# $DAUYS_VOICES first, the shipped presets after it
mkdir own && printf '[voice]\ndescription = my own\nespeak = kk\n' > own/mine.ini
DAUYS_VOICES=$PWD/own run env 0 voices && expect env out.txt '^mine +my own$'
expect env-shipped out.txt '^kk +.*\[beside\]$'
[ "$(head -n 1 out.txt | cut -d' ' -f1)" = mine ] && passes=$((passes + 1)) || { echo "FAIL env-first:"; cat out.txt; fails=$((fails + 1)); }
finish

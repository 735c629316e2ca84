#!/usr/bin/env bash
# The option table (src/cli/options.c): every subcommand's --help, options given to the wrong
# subcommand, the forms of an option's value, and the README's option tables, which must be what
# the binary prints.
. "$(dirname "$0")/lib.sh"

# each subcommand answers --help and -h (and `dauys help NAME`) with its usage and its options
for cmd in build normalize check voices help; do
  for h in --help -h; do
    run "help-$cmd$h" 0 $cmd $h && expect "help-$cmd$h" out.txt "^Usage: dauys $cmd( |\$)"
    expect "help-$cmd$h-exit" out.txt '^Exit status: 0 success'
    [ -s err.txt ] && { echo "FAIL help-$cmd$h: printed on stderr"; fails=$((fails + 1)); }
  done
  run "help-command-$cmd" 0 help $cmd && expect "help-command-$cmd" out.txt "^Usage: dauys $cmd( |\$)"
done
run help-build 0 build --help
for o in '-o, --output DIR' '--bitrate KBPS +constant MP3 bit rate' '--rate WPM .*80\.\.450 \(default 160\)' \
         '-j, --jobs N .*1\.\.256' '--lexicon FILE' '--no-latin-voice' '^Voice, over the preset'; do
  expect help-build-lists out.txt -- "$o"
done
grep -q -- '--explain\|--split-only\|--help-markdown' out.txt && { echo "FAIL help-build: lists options of others"; fails=$((fails + 1)); }
run help-normalize 0 normalize --help
for o in '--split-only' '--explain' '--lexicon FILE' '--no-latin-voice' '-h, --help'; do
  expect help-normalize-lists out.txt -- "$o"
done
grep -q -- '--bitrate\|--output' out.txt && { echo "FAIL help-normalize: lists build's options"; fails=$((fails + 1)); }
run help-voices 0 voices --help && expect help-voices out.txt -- '-h, --help'
run help-unknown 2 help speak && expect help-unknown err.txt "unknown command 'speak'"
# the overview lists every subcommand and hides --help-markdown
run help-all 0 --help
for c in build normalize check voices help; do expect help-all-usage out.txt "^ +dauys $c( |\$)|^Usage: dauys $c "; done
grep -q -- '--help-markdown' out.txt && { echo "FAIL help-all: lists --help-markdown"; fails=$((fails + 1)); }

# an option of another subcommand is a usage error naming the option and the subcommand
run wrong-command 2 normalize --bitrate 64 n.txt
expect wrong-command err.txt -- "--bitrate is not an option of dauys normalize \(it is one of dauys build"
run wrong-command-short 2 normalize -o out n.txt && expect wrong-command-short err.txt -- '--output is not an option of dauys normalize'
run wrong-command-voices 2 voices --lexicon x.lexicon && expect wrong-command-voices err.txt -- '--lexicon is not an option of dauys voices'
run wrong-command-top 2 --rate 100 && expect wrong-command-top err.txt -- '--rate is not an option of dauys '
# too many arguments, values where none is taken, bad values in every form
run voices-argument 2 voices extra && expect voices-argument err.txt "unexpected argument 'extra'"
run normalize-two-files 2 normalize a.txt b.txt && expect normalize-two-files err.txt "unexpected argument 'b\.txt'"
run flag-value 2 build --wav=yes x.txt && expect flag-value err.txt -- '--wav takes no value'
for form in '--jobs=0' '--jobs 0' '-j0' '-j 0'; do
  run "bad-jobs $form" 2 build $form x.txt && expect "bad-jobs $form" err.txt "bad value for --jobs: '0' \(expected a whole number: 1\.\.256\)"
done
run bad-rate-eq 2 build --rate=fast x.txt && expect bad-rate-eq err.txt "bad value for --rate: 'fast'"
run bad-pause-range 2 build --title-pause 10.5 x.txt && expect bad-pause-range err.txt "bad value for --title-pause: '10\.5' \(expected a number: 0\.\.10\)"
run missing-value-short 2 build x.txt -o && expect missing-value-short err.txt -- '--output needs a value: DIR'

# --opt=VAL and --opt VAL, -oDIR and -o DIR: the same book, byte for byte
printf 'Сәлем, әлем! Бүгін 5 қазан.\n' > kitap.txt
printf 'әлем\tдүние\n' > my.lexicon
run value-eq 0 build -q --bitrate=32 --rate=200 --lexicon=my.lexicon --output=one -j1 kitap.txt
run value-space 0 build -q --bitrate 32 --rate 200 --lexicon my.lexicon -otwo -j 1 kitap.txt
if cmp -s one/kitap/kitap.mp3 two/kitap/kitap.mp3; then passes=$((passes + 1)); else echo "FAIL value-forms: the books differ"; fails=$((fails + 1)); fi
if mpg123 -t one/kitap/kitap.mp3 2>mpg.txt; then expect value-bitrate mpg.txt 'cbr32'; else echo "FAIL value-forms: mpg123"; fails=$((fails + 1)); fi
run value-default 0 build -q -o three kitap.txt
cmp -s one/kitap/kitap.mp3 three/kitap/kitap.mp3 && { echo "FAIL value-forms: the options changed nothing"; fails=$((fails + 1)); } || passes=$((passes + 1))
run lexicon-eq 0 normalize --lexicon=my.lexicon kitap.txt && expect lexicon-eq out.txt '^Сәлем, дүние!$'
run lexicon-space 0 normalize --lexicon my.lexicon kitap.txt && expect lexicon-space out.txt '^Сәлем, дүние!$'
# "--" ends the options; "-" is standard input
printf 'Бір сөйлем.\n' > ./-dash.txt
run double-dash 0 normalize -- -dash.txt && expect double-dash out.txt '^Бір сөйлем\.$'
"$DAUYS" normalize - < kitap.txt > out.txt 2>err.txt && expect stdin out.txt '^Бүгін бесінші қазан\.$'

# the README's option tables are what `dauys --help-markdown` prints
if [ -n "${DY_SOURCE:-}" ] && [ -f "$DY_SOURCE/README.md" ]; then
  "$DAUYS" --help-markdown > tables.md || { echo "FAIL readme: --help-markdown failed"; fails=$((fails + 1)); }
  sed -n '/^<!-- options:begin -->$/,/^<!-- options:end -->$/p' "$DY_SOURCE/README.md" | sed '1d;$d' > readme-tables.md
  if [ -s tables.md ] && cmp -s tables.md readme-tables.md; then
    passes=$((passes + 1))
  else
    echo "FAIL readme: README.md's option tables differ from 'dauys --help-markdown' (update them with it):"
    diff readme-tables.md tables.md | sed 's/^/  /' | head -40
    fails=$((fails + 1))
  fi
  for c in build normalize check voices; do expect "readme-$c" tables.md "^#### \`dauys $c"; done
  expect readme-row tables.md '^\| `-j`, `--jobs N` \| .*1\.\.256 \| one per processor \|$'
else
  echo "FAIL readme: DY_SOURCE is not set"; fails=$((fails + 1))
fi

finish

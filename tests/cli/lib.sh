# Helpers for the CLI tests: run the real binary, check exit status and messages.
# Each test script sources this; $DAUYS, $DY_TEST_TMP and $DY_TESTS come from CTest.
set -u
fails=0
passes=0
rm -rf "$DY_TEST_TMP" && mkdir -p "$DY_TEST_TMP"
cd "$DY_TEST_TMP" || exit 1

# run NAME EXPECTED_STATUS ARGS...: runs dauys, keeps stdout in out.txt and stderr in err.txt
run() {
  local name=$1 want=$2
  shift 2
  "$DAUYS" "$@" >out.txt 2>err.txt </dev/null
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "FAIL $name: exit status $got, expected $want; stderr:"; sed 's/^/  /' err.txt
    fails=$((fails + 1))
    return 1
  fi
  passes=$((passes + 1))
}

# expect NAME FILE REGEX: FILE (out.txt or err.txt) has a line matching REGEX
expect() {
  if grep -Eq -- "$3" "$2"; then
    passes=$((passes + 1))
  else
    echo "FAIL $1: $2 has no line matching '$3'; it has:"; sed 's/^/  /' "$2"
    fails=$((fails + 1))
  fi
}

# expect_empty_dir NAME DIR: DIR does not exist or holds no files (nothing was written)
expect_empty_dir() {
  if [ -d "$2" ] && [ -n "$(find "$2" -type f | head -1)" ]; then
    echo "FAIL $1: files were written under $2:"; find "$2" -type f | sed 's/^/  /'
    fails=$((fails + 1))
  else
    passes=$((passes + 1))
  fi
}

# tarih_book: copies the shared three-chapter test book into the current folder: tarih.md (front
# matter with every field, markup to escape in the title and the text, abbreviations, dates) and
# its cover.png (a real 2x2 PNG) from tests/data/tarih/
tarih_book() {
  cp "$DY_TEST_DATA/tarih/tarih.md" "$DY_TEST_DATA/tarih/cover.png" .
}

# levels_book: a book whose headings start at ## and jump from # to ###: the outline is
# normalized to levels 1, 2, 1, 2 (README: Accessible books)
levels_book() {
  printf -- '---\ntitle: Деңгейлер\n---\n## Бірінші бөлім\n\nБір сөйлем.\n\n### Бірінші тарау\n\nЕкі сөйлем.\n\n# Екінші бөлім\n\nҮш сөйлем.\n\n### Терең\n\nТөрт сөйлем.\n' > levels.md
}

finish() {
  echo "$passes passed, $fails failed"
  [ "$fails" -eq 0 ]
}

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

# make_png FILE: a real 2x2 PNG (a cover)
make_png() {
  /usr/bin/python3 -c "
import struct, sys, zlib
def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d))
raw = b''.join(b'\x00' + b'\xff\x00\x00' * 2 for _ in range(2))
png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', 2, 2, 8, 2, 0, 0, 0)) + chunk(b'IDAT', zlib.compress(raw)) + chunk(b'IEND', b'')
open(sys.argv[1], 'wb').write(png)" "$1"
}

finish() {
  echo "$passes passed, $fails failed"
  [ "$fails" -eq 0 ]
}

#!/usr/bin/env python3
"""Writes the seed corpora of the fuzz targets (tests/fuzz/corpus/<target>/).

    python3 tests/fuzz/make_corpus.py [CANDIDATES]

Named seeds (every hostile input of issue 7 section 3, small real texts, sample lexicons,
presets and tag scripts) are (re)written in tests/fuzz/corpus/; other files there (seeds added
by a merge, regression inputs of fixed crashes) are kept. The rows of the golden tables
(tests/data/*.tsv) and slices of texts/*.txt are written to CANDIDATES/<target>/ (default
build-fuzz/seed-candidates): there are too many to keep, so scripts/fuzz --merge adds to the
corpus only those that reach code the corpus does not (libFuzzer's -merge=1).
Big inputs (the 10 MB line, 10,000 headings) are kept small here; the fuzzer grows them.
"""
import os
import pathlib
import shutil
import struct
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests/fuzz/corpus"
CANDIDATES = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build-fuzz/seed-candidates"
TARGETS = ["text", "sentence", "normalize", "lexicon", "voice", "id3", "kk_numbers"]


def u(s):
    return s.encode("utf-8")


def write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else u(data))


def seed(target, name, data):
    write(CORPUS / target, name, data)


def candidate(target, name, data):
    write(CANDIDATES / target, name, data)


BOOK = (ROOT / "texts/kenes-okimeti-1917.txt").read_bytes()


def slices(text, size):
    """text cut after ". " into pieces of about size bytes."""
    out, start = [], 0
    while start < len(text):
        end = text.find(b". ", start + size)
        end = len(text) if end < 0 else end + 1
        out.append(text[start:end].strip())
        start = end
    return [p for p in out if p]


PARAS = slices(BOOK, 600)  # the book is one paragraph on one line
SENTENCE = "Абай 1845 ж. 10 тамызда туды."

# Hostile texts of issue 7 section 3 (bytes), shared by the text, sentence and normalize targets.
HOSTILE = {
    "empty": b"",
    "blank": b" \n\t\n  \n",
    "binary": b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00>\x00",
    "nul": u("Мәтін") + b"\x00\x01\x02" + u(" мәтін."),
    "utf16-le-bom": b"\xff\xfe" + "# Тақырып\nМәтін.\n".encode("utf-16-le"),
    "utf16-be-bom": b"\xfe\xff" + "Мәтін.\n".encode("utf-16-be"),
    "utf16-le-no-bom": "Мәтін.\n".encode("utf-16-le"),
    "utf8-bom": b"\xef\xbb\xbf" + u("# Бірінші\n\nМәтін.\n"),
    "overlong-2": b"a\xc0\xafb",
    "overlong-3": b"a\xe0\x80\xafb",
    "overlong-4": b"a\xf0\x80\x80\xafb",
    "surrogate": b"a\xed\xa0\x80b",
    "surrogate-pair": b"a\xed\xa0\xbd\xed\xb3\x9ab",
    "above-10ffff": b"a\xf4\x90\x80\x80b",
    "five-byte": b"a\xf8\x88\x80\x80\x80b",
    "truncated-end": u("Бірінші жол.\nЕкінші жол") + b"\xd2",
    "truncated-mid": u("Бірінші жол.\nЕкінші ") + b"\xe2\x82" + u(" жол.\n"),
    "stray-continuation": b"\x80\xbf" + u("Мәтін."),
    "latin1": "Caf\u00e9 na\u00efve.".encode("latin-1"),
    "cp1251": "Мәтін осы.".encode("cp1251", errors="replace"),
    "unclosed-front-matter": u("---\ntitle: Кітап\n\nМәтін.\n"),
    "front-matter": u('---\ntitle: "Кеңес өкіметі"\nauthor: Біреу\nyear: 2024\nlanguage: kk\n'
                      "cover: cover.jpg\n# a comment\n---\n# Бірінші тарау\n\nМәтін.\n"),
    "front-matter-bad-key": u("---\nautor: Біреу\n---\nМәтін.\n"),
    "front-matter-no-colon": u("---\ntitle Кітап\n---\nМәтін.\n"),
    "front-matter-only": u("---\ntitle: Кітап\n---\n"),
    "missing-cover": u("---\ncover: nosuch.png\n---\nМәтін.\n"),
    "crlf": u("# Бірінші\r\n\r\nБірінші сөйлем. Екінші сөйлем.\r\n\r\n# Екінші\r\nМәтін.\r\n"),
    "lone-cr": u("# Бірінші\r\rБірінші сөйлем. Екінші сөйлем.\r\r# Екінші\rМәтін.\r"),
    "mixed-breaks": u("Бір.\r\nЕкі.\rҮш.\nТөрт.\n\r\nБес."),
    "long-line": u(("сөз " * 4000).strip()),
    "long-sentence": u(("ұзын сөйлем және " * 1200) + "соңы."),
    "many-headings": u("".join(f"# Тарау {i}\n\nМәтін {i}.\n" for i in range(1, 400))),
    "many-headings-empty": u("".join(f"## {i}\n" for i in range(1, 600)) + "Мәтін.\n"),
    "empty-heading": u("# Бірінші\n\nМәтін.\n\n#\n\nМәтін.\n"),
    "headings-levels": u("# 1\n## 2\n### 3\n#### 4\n##### 5\n###### 6\n####### 7\n#x\n  # three spaces\n"
                         "    # four spaces\n## closed ##\n## # ##\n\nМәтін.\n"),
    "huge-number": u("Сан: " + "1234567890" * 500 + " болды."),
    "huge-number-groups": u("Сан: " + " ".join(["999"] * 300) + " болды."),
    "control-chars": u("Мәтін\x01\x02\x07 осы.\x0b\x0c Тағы\x1b[31m бір.\x7f Соңы\u0085.\n"),
    "zero-width": u("Қазақ\u200bстан\u200c \u200dмәтін\u2060 \ufeffосы\u00ad сөз. Ж\u200b.\n"),
    "bidi": u("\u202eМәтін\u202c \u2066осы\u2069 \u200fсөз\u200e. \u061c1917 ж.\n"),
    "emoji": u("Кітап 📚 оқы 👩‍🏫! Жалау 🇰🇿. Тері 👍🏽 түсі. 1️⃣ бірінші.\n"),
    "latin-russian": u("Бұл Windows жүйесі. Это русский текст, 1917 год. Mixed: Qazaqstan, e-mail "
                       "info@example.kz, https://example.kz/a?b=1. COVID-19 ЮНЕСКО.\n"),
    "unicode-spaces": u("Сөз\u00a0сөз\u2009сөз\u202fсөз\u3000сөз.\u2028Жаңа\u2029жол.\n"),
    "combining": u("и\u0306 е\u0308 а\u0301\u0301\u0301 \u0300басы.\n"),
    "punctuation-only": u("* * *\n\n...\n\n— — —\n\n«»\n"),
    "quotes-brackets": u("«Ол: “Иә (бәлкім [солай])” деді.» (Т.б.) [1] {2}?!… ‼ ⁇\n"),
    "abbreviations": u("Ә.Бөкейханов, А.Байтұрсынов т.б. 1917 ж. 25 қазанда (7 қарашада). "
                       "ХХ ғ. басы. Ж.А. 5 кг, 3,5 м. 10% $5 №12 §3 1-2 2000-2010 жж.\n"),
    "lone-surrogate-literal": u("\\ud800 \\u0000 %s %n %x\n"),
    "only-bom": b"\xef\xbb\xbf",
    "nbsp-blank-lines": u("Бір.\n\u00a0\n\u3000\nЕкі.\n"),
}


def text_seeds():
    seed("text", "real-book.txt", BOOK)
    seed("text", "real-chapters.txt", b"".join(b"# %d\n\n%s\n\n" % (i, p) for i, p in enumerate(PARAS[:4])))
    for name, data in HOSTILE.items():
        seed("text", name, data)
    for i, p in enumerate(PARAS):
        candidate("text", f"para-{i:03}", p + b"\n")


def sentence_seeds():
    for name, data in HOSTILE.items():
        if name.startswith(("utf16", "only-bom")):
            continue
        seed("sentence", name, data)
    seed("sentence", "real-para-1", PARAS[0])
    seed("sentence", "real-para-2", PARAS[len(PARAS) // 2])
    for line in (ROOT / "tests/data/split.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            f = line.split("\t")
            if len(f) >= 2:
                text = f[1].replace("\\n", "\n").replace("\\r", "\r").replace("\\t", "\t")
                candidate("sentence", f"split-{f[0]}", text)
    for i, p in enumerate(PARAS):
        candidate("sentence", f"para-{i:03}", p)


def unbrace(s):
    """{U+XXXX} in normalize.tsv stands for that character."""
    out, i = [], 0
    while i < len(s):
        if s.startswith("{U+", i) and "}" in s[i:]:
            j = s.index("}", i)
            out.append(chr(int(s[i + 3:j], 16)))
            i = j + 1
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def normalize_seeds():
    for name, data in HOSTILE.items():
        if name.startswith(("utf16", "only-bom", "long-", "many-")):
            continue
        seed("normalize", name, data)
    seed("normalize", "sentence", SENTENCE)
    seed("normalize", "sentence-lexicon", "ҚР мен т.б. Ли COVID-19 5-ке e-mail XX ғ. $ 5% 1917 кг А. Ли")
    seed("normalize", "real-para", PARAS[0])
    seed("normalize", "own-lexicon", "#lex\nАбай\tАбай Құнанбайұлы\n5\tбес\n%\tпайыз\nж.\tжыл\n"
         "Ол  \t  \x01 \u00a0 x\n\nАбай 5% 1845 ж. туды. Ол 5-ке келді.")
    for line in (ROOT / "tests/data/normalize.tsv").read_text().splitlines():
        if line and not line.startswith("#"):
            f = line.split("\t")
            if len(f) >= 2:
                candidate("normalize", f"norm-{f[0]}", unbrace(f[1]))
    for i, line in enumerate((ROOT / "tests/data/kk_numbers.tsv").read_text().splitlines()):
        if line and not line.startswith("#"):
            f = line.split("\t")
            if len(f) >= 3 and f[1] in ("cardinal", "ordinal", "digits", "suffixed"):
                candidate("normalize", f"num-{i:03}", f"Сан {f[2]} болды.")
    for i, p in enumerate(PARAS):
        candidate("normalize", f"para-{i:03}", p)


def lexicon_seeds():
    seeds = {
        "good": "# how Абай is read\nАбай\tАбай Құнанбайұлы\nҚР\tҚазақстан Республикасы\n"
                "т.б.\tтағы басқалар\n",
        "later-wins": "Абай\tбірінші\nАбай\tАбай Ибраһимұлы\n",
        "no-tab": "Абай\tАбай\nжаман жол\n",
        "two-tabs": "Абай\tАбай\tҚұнанбайұлы\n",
        "empty-written": "\tАбай\n",
        "empty-spoken": "Абай\t   \n",
        "spaces": "  Абай  \t  Абай Құнанбайұлы  \n   \n\t\n  # comment\n",
        "crlf": "Абай\tАбай\r\nҚР\tҚазақстан\r\n",
        "lone-cr": "Абай\tАбай\rҚР\tҚазақстан\r",
        "no-final-newline": "Абай\tАбай",
        "latin-symbols": "COVID-19\tковид он тоғыз\n%\tпайыз\n$\tдоллар\ne-mail\tэлектрондық пошта\n",
        "emoji": "📚\tкітап\n👩‍🏫\tмұғалім\n",
        "long-entry": "Абай\t" + "ұлы ақын " * 200 + "\n",
        "many-entries": "".join(f"сөз{i}\tсөз {i}\n" for i in range(300)),
        "only-comments": "# a\n#\tb\n",
    }
    for name, text in seeds.items():
        seed("lexicon", name, text)
    seed("lexicon", "bom", b"\xef\xbb\xbf" + u("Абай\tАбай\n"))
    seed("lexicon", "utf16", "Абай\tАбай\n".encode("utf-16"))
    seed("lexicon", "invalid-utf8", u("Абай\tАб") + b"\xd2" + u("ай\n"))
    seed("lexicon", "overlong", b"a\tb\xc0\xaf\n")
    seed("lexicon", "nul", u("Абай\tАбай\n") + b"\x00\n")
    seed("lexicon", "binary", HOSTILE["binary"])


def voice_seeds():
    for p in sorted((ROOT / "voices").glob("*.ini")):
        seed("voice", p.name, p.read_bytes())
    seeds = {
        "unknown-section": "[voice]\nrate = 160\n[colour]\nhue = 3\n",
        "unknown-key": "[voice]\nspeed = 160\n",
        "no-section": "rate = 160\n",
        "malformed": "[voice]\nrate 160\n",
        "unclosed-section": "[voice\nrate = 160\n",
        "rate-low": "[voice]\nrate = 79\n",
        "rate-high": "[voice]\nrate = 451\n",
        "rate-junk": "[voice]\nrate = 160x\n",
        "rate-huge": "[voice]\nrate = 99999999999999999999999\n",
        "pitch-negative": "[voice]\npitch = -1\n",
        "range-high": "[voice]\nrange = 100\n",
        "pause-nan": "[pauses]\nsentence = nan\n",
        "pause-inf": "[pauses]\nparagraph = inf\n",
        "pause-high": "[pauses]\ntitle = 10.5\n",
        "pause-hex": "[pauses]\ntitle = 0x1p2\n",
        "loudness-range": "[loudness]\ntarget = -41\ntrue_peak = 0.5\n",
        "espeak-long": "[voice]\nespeak = " + "k" * 150 + "\n",
        "espeak-empty": "[voice]\nespeak =\n",
        "variant": "[voice]\nvariant = f3\n",
        "variant-path": "[voice]\nvariant = ../../etc/passwd\n",
        "description-long": "[voice]\ndescription = " + "Қазақ " * 15 + "\n",
        "long-line": "[voice]\ndescription = " + "x" * 300 + "\n",
        "crlf": "[voice]\r\nrate = 170\r\n[pauses]\r\nsentence = 0.5\r\n",
        "comments": "; comment\n# comment\n[voice] ; inline\nrate = 170 ; inline\n",
        "bom": "\ufeff[voice]\nrate = 170\n",
        "duplicate": "[voice]\nrate = 170\nrate = 180\n[voice]\npitch = 40\n",
        "continuation": "[voice]\ndescription = first\n  second line\n",
        "empty": "",
    }
    for name, text in seeds.items():
        seed("voice", name, text)
    seed("voice", "nul", b"[voice]\nrate = 1\x0060\n")
    seed("voice", "invalid-utf8", b"[voice]\ndescription = caf\xc3\n")
    seed("voice", "binary", HOSTILE["binary"])


# Tag scripts for fuzz_id3 (see its header): padding byte, then operations.
def z(s):
    return (s if isinstance(s, bytes) else u(s)) + b"\x00"


IDS = ["TIT2", "TALB", "TPE1", "TRCK", "TYER", "TCON", "TLAN", "TCOM", "TXXX", "COMM", "APIC"]


def op_text(i, value):
    return bytes([0, i]) + z(value)


def op_comment(lang, text):
    return b"\x01" + z(lang) + z(text)


def op_chapter(eid, start, end, title):
    return b"\x02" + z(eid) + struct.pack(">II", start, end) + z(title)


def op_toc(eid, title):
    return b"\x03" + z(eid) + z(title)


def op_user(desc, value):
    return b"\x04" + z(desc) + z(value)


def op_picture(mime, data):
    return b"\x05" + z(mime) + bytes([len(data)]) + data


def id3_seeds():
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
    book = (bytes([64]) + op_text(0, "Кеңес өкіметі") + op_text(1, "Тарих") + op_text(2, "Біреу")
            + op_text(3, "1/3") + op_text(4, "2024") + op_text(6, "kaz")
            + op_comment("KAZ", "Бірінші жол.\r\nЕкінші жол.\rҮшінші.")
            + op_chapter("ch1", 0, 61000, "Бірінші тарау") + op_chapter("ch2", 61000, 122000, "Екінші")
            + op_chapter("ch3", 122000, 130000, "") + op_toc("toc", "Мазмұны")
            + op_user("NARRATOR", "eSpeak NG kk") + op_picture("image/png", png))
    seed("id3", "book", book)
    seed("id3", "ascii", bytes([0]) + op_text(0, "Title") + op_comment("eng", "A comment"))
    seed("id3", "emoji", bytes([0]) + op_text(0, "Кітап 📚 👩‍🏫 🇰🇿") + op_user("ЭМОДЗИ", "😀"))
    seed("id3", "invalid-utf8", bytes([0]) + op_text(0, b"a\xc0\xafb\xed\xa0\x80c\xd2")
         + op_comment("kaz", b"\xff\xfe\x80"))
    seed("id3", "controls", bytes([0]) + op_text(0, "a\tb\nc\x01d\x7fe\u0085f")
         + op_comment("x1z", "line\r\nline\rline\n\x1b"))
    seed("id3", "replace-remove", bytes([0]) + op_text(0, "one") + op_text(1, "two") + op_text(0, "three")
         + op_text(1, "") + op_comment("kaz", "a") + op_comment("KAZ", "") + op_user("A", "b")
         + op_user("A", "") + op_chapter("c", 1, 2, "x") + op_chapter("c", 3, 4, "y"))
    seed("id3", "bad-ids", bytes([0]) + op_text(8, "txxx") + op_text(9, "comm") + op_text(11, "low")
         + op_text(12, "short") + op_text(13, "long") + op_chapter("", 0, 0, "x")
         + op_chapter("sixteen-chars-id", 0, 0, "x") + op_chapter("sp ace", 0, 0, "x")
         + op_user("sixteen bytes!!!", "x") + op_user("", "x") + op_picture("imäge/png", b"x"))
    seed("id3", "many-chapters", bytes([0]) + b"".join(
        op_chapter(f"ch{i}", i * 1000, i * 1000 + 999, f"Тарау {i}") for i in range(300)) + op_toc("toc", "T"))
    seed("id3", "long-text", bytes([255]) + op_text(0, "Ұзын " * 500))


MORPHS = ["PLURAL", "GEN", "DAT", "ACC", "LOC", "ABL", "INS", "POSS3", "ORD", "ATTR", "APPROX",
          "LAGAN", "COLL", "LAP"]


def kk_numbers_seeds():
    """Operations of fuzz_kk_numbers (see its header) from the rows of tests/data/kk_numbers.tsv;
    the edge cases are named seeds, the rows candidates."""
    for name, data in {
        "cardinal-15": b"\x00" + b"999999999999999",
        "cardinal-16": b"\x00" + b"1000000000000000",
        "cardinal-5000": b"\x00" + b"1234567890" * 500,
        "cardinal-empty": b"\x00",
        "cardinal-junk": b"\x00" + b"12a4",
        "ordinal-zero": b"\x01" + b"000",
        "digits": b"\x02" + b"0a1b2\xff3",
        "tail-after": b"\x03\x05" + u("он") + b"\x00" + u("нан"),
        "tail-long": b"\x03\x0b" + u("ыншыларыныңдағы"),
        "inflect-invalid-morph": b"\x04\x03\x0e\x08\x00" + u("жиырма"),
        "inflect-bad-utf8": b"\x04\x02\x07\x05" + b"\xd2\xb1\xd2",
        "u64-max": b"\x05" + b"\xff" * 8,
        "u64-limit": b"\x05" + (10**15).to_bytes(8, "big"),
    }.items():
        seed("kk_numbers", name, data)
    for i, line in enumerate((ROOT / "tests/data/kk_numbers.tsv").read_text().splitlines()):
        f = line.split("\t")
        if line.startswith("#") or len(f) < 3:
            continue
        fn, arg = f[1], f[2]
        if fn in ("cardinal", "ordinal", "digits"):
            data = bytes([["cardinal", "ordinal", "digits"].index(fn)]) + u(arg)
        elif fn in ("tail", "tail_after"):
            word, _, tail = arg.rpartition(" ")
            data = b"\x03\x08" + (u(word) + b"\x00" if word else b"") + u(tail)
        elif fn == "inflect":
            parts = arg.split(" ")
            chain = [MORPHS.index(m) for m in parts[1:] if m in MORPHS][:8]
            data = b"\x04" + bytes([len(chain)] + chain) + u(parts[0])
        else:
            continue
        candidate("kk_numbers", f"row-{i:03}", data)


def dict_entry(b):
    return '"' + "".join(chr(c) if 0x20 <= c < 0x7F and c not in (0x22, 0x5C) else "\\x%02X" % c
                         for c in b) + '"'


def literals(*paths):
    """The string literals of C sources (what the rules compare tokens with)."""
    import re
    out = set()
    for p in paths:
        for m in re.finditer(r'"((?:[^"\\\n]|\\.)*)"', (ROOT / p).read_text()):
            lit = m.group(1)
            if not lit or lit.endswith(".h") or "%" in lit or len(lit) > 40:
                continue
            try:
                b = bytes(lit, "utf-8").decode("unicode_escape").encode("latin-1")
            except (UnicodeDecodeError, UnicodeEncodeError):
                b = lit.encode("utf-8")
            out.add(b)
    return sorted(out)


def dictionaries():
    """libFuzzer dictionaries (tests/fuzz/<target>.dict): the words the parsers look for."""
    hand = {
        "text": ["---", "---\n", "title:", "author:", "year:", "narrator:", "description:",
                 "language:", "cover:", "# ", "## ", "###### ", "####### ", " #", "\r\n", "\r",
                 "\n\n", "\xef\xbb\xbf", "\xff\xfe", "\xfe\xff", "\"", "'", "\t", "\xc2\xa0",
                 "\xe2\x80\xa8", "\xe3\x80\x80"],
        "lexicon": ["\t", "#", "\r\n", "\xef\xbb\xbf", "  "],
        "voice": ["[voice]", "[pauses]", "[loudness]", "description", "espeak", "variant", "rate",
                  "pitch", "range", "sentence", "paragraph", "title", "target", "true_peak", " = ",
                  "=", ":", ";", "#", "\r\n", "nan", "inf", "-", "0x", "e9"],
    }
    for t, words in hand.items():
        lines = [dict_entry(w.encode("latin-1") if w.startswith("\\x") else
                            bytes(w, "utf-8").decode("unicode_escape").encode("latin-1")) for w in words]
        (ROOT / f"tests/fuzz/{t}.dict").write_text("\n".join(lines) + "\n")
    rules = literals("src/normalize/normalize.c", "src/kk/tables.c", "src/kk/numbers.c", "src/text/sentence.c",
                     "src/text/token.c")
    (ROOT / "tests/fuzz/normalize.dict").write_text(
        "# string literals of the sources of the normalizer and the splitter (make_corpus.py);\n"
        "# fuzz_sentence uses it too\n"
        + "\n".join(dict_entry(b) for b in rules) + "\n")


def main():
    if CANDIDATES.exists():
        shutil.rmtree(CANDIDATES)
    for t in TARGETS:
        (CANDIDATES / t).mkdir(parents=True, exist_ok=True)
    text_seeds()
    sentence_seeds()
    normalize_seeds()
    lexicon_seeds()
    voice_seeds()
    id3_seeds()
    kk_numbers_seeds()
    dictionaries()
    for t in TARGETS:
        files = list((CORPUS / t).iterdir())
        print(f"{t}: {len(files)} seeds, {sum(f.stat().st_size for f in files)} bytes; "
              f"{len(os.listdir(CANDIDATES / t))} candidates in {CANDIDATES / t}")


if __name__ == "__main__":
    main()

/* Character classes, each defined once for every stage that needs it: the sentence splitter,
 * the tokenizer and the normalizer (kazakh-normalization.md sections 3, 22 and 23). A mark the
 * splitter reads as the end of a sentence is the mark the normalizer gives eSpeak; a dash that
 * the splitter sees before a dialogue line is the dash a range is read across. */
#ifndef DY_CHARS_H
#define DY_CHARS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A dash or hyphen: - ‐ ‑ ‒ – — ― ⸺ ⸻ ﹘ ﹣ －. Not the minus sign − (a symbol of its own). */
bool dy_char_is_dash(int32_t cp);

/* A mark that can end a sentence: . ! ? … and their look-alikes ‼ ⁇ ⁈ ⁉ ‽ ！ ？ ﹗ ﹖. */
bool dy_char_is_terminator(int32_t cp);

/* The mark eSpeak is given for the terminator cp: '.', '!', '?' or 0x2026 (…); a double mark
 * gives its first one (‼ '!', ⁈ '?', ⁉ '!', ‽ '?'). 0 when cp is no terminator. */
int32_t dy_char_terminator_mark(int32_t cp);

/* Quotes that may open a quotation: " ' « ‘ ‚ “ „ ‟ ‹ (brackets are not quotes). */
bool dy_char_is_quote_open(int32_t cp);

/* Quotes that may close one: " ' » ‘ ’ “ ” ›. " ' ‘ “ are in both sets: which one they are
 * depends on where they stand ("“Алаш”", German „Алаш“). */
bool dy_char_is_quote_close(int32_t cp);

/* An apostrophe: ' ’ ʼ ‘ (inside a word it stays part of it: Құран’ды, O'Brien). */
bool dy_char_is_apostrophe(int32_t cp);

/* The Cyrillic letter a Latin look-alike stands for inside a Cyrillic word (section 3 step 1:
 * "Ресейдiң" with a Latin i -> Ресейдің); cp itself when it has none. */
int32_t dy_char_fold_homoglyph(int32_t cp);
/* The same for the letter that starts at word[at] (word[0 .. n) is its word), where a letter's
 * neighbours decide: an old font's є is ғ beside a vowel ("жылєы" жылғы, "баєдар" бағдар) and ә
 * between consonants or at an edge before one ("мєтіні" мәтіні, "єке" әке). */
int32_t dy_char_fold_at(const char *word, size_t n, size_t at);

/* Is the word s[0 .. n) one whose look-alike letters are folded (section 3 step 1): a word with
 * a Cyrillic letter and no run of three Latin letters ("5-шi", "қaзанда", "ХIХ" with a Latin I)?
 * All-Latin words (Microsoft, a Roman XX) and Latin words with a Kazakh suffix (iPhone-ға) are
 * not. The splitter and the token stage both ask it, so both see the same letters. */
bool dy_char_word_folds(const char *s, size_t n);

/* The Latin letter a Cyrillic look-alike stands for inside a Latin word ("Еnergyprom" typed with a
 * Cyrillic Е); cp itself when it has none. */
int32_t dy_char_unfold_homoglyph(int32_t cp);

/* Is the word s[0 .. n) a Latin one with Cyrillic look-alikes typed in it: a run of three Latin
 * letters or a Latin letter that no Cyrillic one looks like ("Аr" with a Cyrillic А), and every
 * Cyrillic letter a look-alike (no Kazakh suffix)? Then those fold to Latin. */
bool dy_char_word_unfolds(const char *s, size_t n);

/* Is letter, written alone before a period, a Latin look-alike initial of a Cyrillic name: an
 * upper-case look-alike (A B C E H K M O P T, Ə; not the numerals I and X) before the Cyrillic
 * word next[0 .. n) with an upper-case first letter, after the period and up to two spaces
 * ("A.Байтұрсынұлы", "Ə. Бөкейханов")? Then it folds like the letters of a mixed word. A test's
 * option letter A-E opening a line (line_start) before a word that ends as no surname does is a
 * label, not an initial: "B. Ақпаратты жинау" keeps its Latin B (бэ). */
bool dy_char_initial_folds(int32_t letter, const char *next, size_t n, bool line_start);

/* Does the word w[0 .. n), in any case, end as a surname does (-ов, -ева, -ин, -ұлы, -қызы,
 * -ский, -енко) after a stem of two letters or more? */
bool dy_char_surname_like(const char *w, size_t n);

/* The digit a superscript character stands for (⁰ ¹ ² ³ ⁴ … ⁹), or -1. */
int dy_char_superscript_digit(int32_t cp);

/* The digit a subscript character stands for (₀ ₁ … ₉, a formula's "H₂O"), or -1. */
int dy_char_subscript_digit(int32_t cp);

/* The hyphen a non-breaking hyphen U+2011 or a hyphen U+2010 stands for (section 3 step 3:
 * "5‑ші" reads as "5-ші"); cp itself otherwise. */
int32_t dy_char_fold_hyphen(int32_t cp);

#endif

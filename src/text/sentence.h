/* Sentence splitting of Kazakh text (kazakh-normalization.md section 23): the second stage of the
 * pipeline, run on the original text of one paragraph, before normalization, because the periods
 * of abbreviations (ж., т.б., ғ.), initials (Ә.Бөкейханов) and decimals decide the boundaries. */
#ifndef DY_SENTENCE_H
#define DY_SENTENCE_H

#include "core/util.h"
#include "kk/lexicon.h"

/* Splits text[para.start .. para.end) into sentences and appends their spans to out, in order.
 * Each span starts at the sentence's first non-space character and ends after its last
 * non-space character (closing quotes and brackets stay with their sentence); together the
 * spans cover every non-space character of the paragraph exactly once: no text is lost or
 * invented. text must be valid UTF-8. Never fails. */
void dy_sentence_split(const char *text, dy_span para, dy_span_vec *out);

/* The same, also keeping a user's abbreviations whole: a period that a written form of lex covers
 * ("проф.\tпрофессор": "проф. Ахметов келді.") ends no sentence inside the paragraph, as the
 * abbreviations of abbreviations.tsv that stand before what they qualify. lex may be NULL. */
void dy_sentence_split_lex(const char *text, dy_span para, const dy_lexicon *lex, dy_span_vec *out);

/* The splitter holds 12 bytes for every byte of the paragraph it splits, and a paragraph may be
 * a whole 64 MiB text on one line. A paragraph longer than this is split a window at a time. */
#define DY_SPLIT_WINDOW ((size_t)256 << 10)

/* Where the first window of text[para] ends: para.end when the paragraph is at most max bytes;
 * else the end of the last space after a sentence's final mark (. ! ? …) in the second half of
 * the first max bytes, else of the last space there, else the last character boundary (a text
 * with no space). A sentence crosses a window's end only in text without one of these. */
size_t dy_sentence_window(const char *text, dy_span para, size_t max);

#endif

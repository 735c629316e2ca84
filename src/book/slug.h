/* File-name slugs for the output files: a chapter title such as "1-тарау. Кіріспе" becomes
 * "1-tarau-kirispe", safe on every file system and in every shell. */
#ifndef DY_SLUG_H
#define DY_SLUG_H

#include "core/util.h"

/* Appends to out the slug of the UTF-8 string utf8 (NULL counts as ""): lower-case ASCII letters
 * and digits in words joined by single '-', never starting or ending with '-'.
 * Kazakh and Russian Cyrillic is transliterated (ә a, ғ g, қ q, ң ng, ө o, ұ u, ү u, һ h, і i,
 * ж zh, х kh, ц ts, ч ch, ш sh, щ shch, ю yu, я ya, ё yo, ъ and ь dropped); Latin letters lose
 * their diacritics (é e, ø o, ß ss); soft hyphens and combining marks vanish; anything else
 * (spaces, punctuation, emoji, other scripts, invalid UTF-8) separates words.
 * The slug is at most maxlen bytes (SIZE_MAX: no limit): it is cut after the last whole word
 * that fits when that keeps at least half of maxlen, else in the middle of a word.
 * An empty result becomes "untitled"; a Windows device name ("con", "nul", "com1" ...) gets a
 * '_' appended, so "con.mp3" never reaches a Windows disk. Both obey maxlen too, so maxlen
 * should be at least 8; 0 appends nothing. */
void dy_slug(dy_buf *out, const char *utf8, size_t maxlen);

#endif

/* The language of a sentence (between the sentence and normalize stages): Kazakh in Cyrillic
 * (the book's language), Kazakh in the 2021 Latin alphabet, Russian (Kazakh books quote it
 * often, in the same script), or a Latin-script language that is not Kazakh (English, for
 * eSpeak's default handling of Latin words). Decided from the sentence's words, never from one
 * letter: normalize reads a Latin-Kazakh sentence in Cyrillic, and a Russian one with Russian
 * rules and eSpeak's Russian voice. */
#ifndef DY_LANG_H
#define DY_LANG_H

#include "core/util.h"

typedef enum dy_lang {
    DY_LANG_KK,       /* Kazakh in Cyrillic, and whatever is not clearly another language */
    DY_LANG_KK_LATIN, /* Kazakh in the 2021 Latin alphabet (kk/latin.h) */
    DY_LANG_RU,       /* Russian */
    DY_LANG_EN,       /* a Latin-script sentence that is not Kazakh (English, mostly) */
} dy_lang;

/* The language of text[span] (a sentence or a paragraph). */
dy_lang dy_lang_detect(const char *text, dy_span span);

/* The same for a sentence that follows one in language before in the same paragraph
 * (DY_LANG_KK for a paragraph's first): after a Russian sentence, a sentence with no words of its
 * own (a page range, a date in brackets, a URL, a lone number) is Russian, and so is a short one
 * whose few words are Russian and none Kazakh ("С. 258-261. — URL: … (дата обращения:
 * 18.12.2024)."). After any other language such a sentence is Kazakh, which reads its numbers as
 * a Latin-Kazakh or English sentence would. */
dy_lang dy_lang_detect_after(const char *text, dy_span span, dy_lang before);

/* Is text[word] (inside text[span]) part of an address (glued to ".", "@", "/" or ":" and another
 * letter or digit: "Qalamger.kz", "info@mail.kz")? Such words say nothing of the language, and
 * a Latin-Kazakh sentence leaves them to the address rule. */
bool dy_lang_in_address(const char *text, dy_span span, dy_span word);

/* Its BCP 47 tag: "kk", "kk-Latn", "ru", "en" (a static string). */
const char *dy_lang_tag(dy_lang lang);

/* The eSpeak NG voice that reads a sentence in it, when it is not the book's voice: "ru" for
 * Russian; NULL for the others (Latin Kazakh is read in Cyrillic, English words by the Kazakh
 * voice's own switch to English, as before). */
const char *dy_lang_voice(dy_lang lang);

#endif

/* ID3v2.3 tag writer for the MP3 files (the id3 stage, after mp3): text frames in UTF-16 with a
 * BOM (ID3v2.3 has no UTF-8; UTF-16 is what Windows, phones and car stereos read best), and later
 * the CHAP/CTOC chapter frames and APIC cover of the audiobook issue. Writes bytes into a buffer;
 * the caller puts them at the start of the file. */
#ifndef DY_ID3_H
#define DY_ID3_H

#include "core/util.h"

typedef struct dy_id3_tag dy_id3_tag;

dy_id3_tag *dy_id3_new(void);
void dy_id3_free(dy_id3_tag *t); /* accepts NULL */

/* Adds a text frame: id is a four-letter ID3v2.3 frame id starting with 'T' (TIT2, TALB, TPE1,
 * TRCK, TYER, TCON, TLAN ...), value is UTF-8. An empty or NULL value adds nothing (and removes
 * an earlier frame with that id). Adding the same id twice replaces the first value in place, so
 * frames keep the order in which their ids were first added.
 * An id that is not four characters of A-Z/0-9, does not start with 'T', or is TXXX (which needs
 * a description) is ignored silently: ids are constants in the caller, not input.
 * Pure-ASCII values are stored as ISO-8859-1, all others as UTF-16 with a BOM (surrogate pairs
 * for emoji); invalid UTF-8 becomes U+FFFD and control characters become spaces. */
void dy_id3_set_text(dy_id3_tag *t, const char *id, const char *value);

/* Adds a COMM frame with an empty description: lang3 is an ISO 639-2 code ("kaz"; folded to
 * lower case, "und" when NULL or not three ASCII letters), text is UTF-8 and may hold line breaks.
 * Same rules as dy_id3_set_text: one comment per language, replaced in place; an empty or NULL
 * text removes that language's comment. */
void dy_id3_set_comment(dy_id3_tag *t, const char *lang3, const char *text);

/* A chapter (CHAP frame of the ID3v2 Chapter Frame Addendum 1.0): element id (1..15 printable
 * ASCII characters, e.g. "ch1"), start and end in milliseconds, title (a TIT2 sub-frame). The
 * same element id again replaces the chapter in place. Invalid ids are ignored. */
void dy_id3_add_chapter(dy_id3_tag *t, const char *element_id, uint32_t start_ms, uint32_t end_ms,
                        const char *title);
/* The top-level ordered table of contents (CTOC) listing, in order, the chapters added so far
 * (at most 255), with a title. */
void dy_id3_add_toc(dy_id3_tag *t, const char *element_id, const char *title);
/* A user-defined text frame (TXXX) with a description of at most 15 bytes ("NARRATOR"); an
 * empty value removes it. */
void dy_id3_set_user_text(dy_id3_tag *t, const char *description, const char *value);
/* The front cover (APIC, picture type 3): mime is "image/jpeg" or "image/png". */
void dy_id3_set_picture(dy_id3_tag *t, const char *mime, const void *data, size_t n);

/* Serializes the tag (header, frames, then `padding` zero bytes) and appends it to out.
 * The tag size is synchsafe, frame sizes are plain 32-bit (as v2.3 wants); no unsynchronisation
 * is applied. A tag without frames appends nothing (v2.3 needs at least one frame). Frames that
 * would push the tag past the 28-bit size limit (256 MiB) are left out, and padding is cut. */
void dy_id3_serialize(const dy_id3_tag *t, size_t padding, dy_buf *out);

/* The size in bytes of the ID3v2 tag (header, frames, padding, footer) at the start of the
 * file at path, 0 when it starts with none. Copies of an MP3 inside a DAISY or EPUB book start
 * there: they need no tag, and the cover of each chapter's tag would be stored once per
 * chapter. */
dy_status dy_id3_file_tag_size(const char *path, uint64_t *size, dy_diag *d);

#endif

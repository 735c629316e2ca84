/* Timed text read from the timeline: WebVTT captions and LRC lyrics (one line per sentence), for
 * one chapter's MP3 or for the single book file, and the CUE sheet that splits <book>.mp3 into
 * chapters. Each writer reads the timeline, writes one file atomically, and never prints. */
#ifndef DY_SUBTITLES_H
#define DY_SUBTITLES_H

#include "book/timeline.h"

/* chapter: the index of one chapter (times from the start of that chapter's own MP3), or
 * DY_TL_BOOK for the whole book (times in the single <book>.mp3: chapter.book_start + sentence
 * time). */
#define DY_TL_BOOK ((size_t)-1)

/* Every writer returns DY_OK, DY_ERR_IO (d names path) when the file cannot be written, or
 * DY_ERR_USAGE when asked for something the format cannot hold (see each function); on an error
 * nothing is left at path. Text is the sentence's source text, folded to one line (line breaks and
 * runs of breaking white space become one space; no-break spaces stay), invalid UTF-8 as U+FFFD,
 * then escaped for the format. Files are UTF-8 without a BOM, lines end in "\n" (CUE: "\r\n"). */

/* WebVTT: "WEBVTT", then one cue per sentence, identified "c<chapter>-s<sentence>" (1-based),
 * timed HH:MM:SS.mmm (dy_tl_ms); '&' '<' '>' become "&amp;" "&lt;" "&gt;", so no line holds
 * "-->". The whole-book file puts a "NOTE <chapter title>" block before each chapter's cues.
 * DY_ERR_USAGE: chapter out of range. */
dy_status dy_vtt_write(const char *path, const dy_timeline *t, size_t chapter, dy_diag *d);

/* LRC: [ti:title] [ar:author] (each when not NULL or empty) and [by:dauys], then
 * "[mm:ss.xx]sentence" lines in centiseconds rounded from samples (minutes keep counting past 59:
 * "[75:02.31]"). The whole-book file gives each chapter title its own line at the chapter's
 * start. '[' and ']' in any text become '(' and ')', so text never reads as a tag.
 * DY_ERR_USAGE: chapter out of range. */
dy_status dy_lrc_write(const char *path, const dy_timeline *t, size_t chapter, const char *title,
                       const char *author, dy_diag *d);

/* CUE sheet for the single book file: PERFORMER (author, when given), TITLE, FILE "<mp3_file>" MP3
 * (mp3_file as it should appear in the sheet: a name relative to the sheet's folder), then
 * "TRACK NN AUDIO" with the chapter's TITLE and "INDEX 01 MM:SS:FF" per chapter. Frames (1/75 s)
 * are rounded down from chapter.book_start: a track starts at, or less than 1/75 s before, its
 * first sample, so no chapter loses its beginning. In quoted text '"' becomes '\'' (the format has
 * no escape). DY_ERR_USAGE: more than 99 chapters (the format's limit), or an mp3_file holding
 * '"' or a line break (it could not name the file). */
dy_status dy_cue_write(const char *path, const dy_timeline *t, const char *mp3_file,
                       const char *title, const char *author, dy_diag *d);

#endif

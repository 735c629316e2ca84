/* The Kazakh word lists compiled in from the files src/kk/data/NAME.tsv (cmake/embed.cmake),
 * NUL-terminated. Read through src/kk/tables.h, which parses them once; nothing else includes this
 * file. */
#ifndef DY_KK_DATA_H
#define DY_KK_DATA_H
extern const char dy_kk_data_abbreviations_tsv[];
extern const char dy_kk_data_act_nouns_tsv[];
extern const char dy_kk_data_acronyms_tsv[];
extern const char dy_kk_data_chemical_elements_tsv[];
extern const char dy_kk_data_cities_tsv[];
extern const char dy_kk_data_contractions_tsv[];
extern const char dy_kk_data_counting_verbs_tsv[];
extern const char dy_kk_data_currency_signs_tsv[];
extern const char dy_kk_data_doc_nouns_tsv[];
extern const char dy_kk_data_duration_words_tsv[];
extern const char dy_kk_data_event_nouns_tsv[];
extern const char dy_kk_data_imprint_places_tsv[];
extern const char dy_kk_data_languages_tsv[];
extern const char dy_kk_data_latin_letter_names_tsv[];
extern const char dy_kk_data_letter_names_tsv[];
extern const char dy_kk_data_letter_nouns_tsv[];
extern const char dy_kk_data_measure_words_tsv[];
extern const char dy_kk_data_months_tsv[];
extern const char dy_kk_data_numbered_nouns_tsv[];
extern const char dy_kk_data_part_of_year_tsv[];
extern const char dy_kk_data_places_tsv[];
extern const char dy_kk_data_possessed_nouns_tsv[];
extern const char dy_kk_data_quantity_words_tsv[];
extern const char dy_kk_data_russian_abbreviations_tsv[];
extern const char dy_kk_data_scale_words_tsv[];
extern const char dy_kk_data_sentence_openers_tsv[];
extern const char dy_kk_data_symbols_tsv[];
extern const char dy_kk_data_time_nouns_tsv[];
extern const char dy_kk_data_tlds_tsv[];
extern const char dy_kk_data_units_tsv[];
extern const char dy_kk_data_weekday_abbreviations_tsv[];
extern const char dy_kk_data_count_nouns_tsv[];
extern const char dy_kk_data_english_name_words_tsv[];
extern const char dy_kk_data_count_adjectives_tsv[];
extern const char dy_kk_data_greek_letter_names_tsv[];
extern const char dy_kk_data_timeline_cues_tsv[];
extern const char dy_kk_data_heading_words_tsv[];
extern const char dy_kk_data_value_words_tsv[];
extern const char dy_kk_data_code_acronyms_tsv[];
extern const char dy_kk_data_file_extensions_tsv[];
extern const char dy_kk_data_seat_nouns_tsv[];
extern const char dy_kk_data_abbreviation_senses_tsv[];
extern const char dy_kk_data_section_nouns_tsv[];
extern const char dy_kk_data_tex_commands_tsv[];
#endif

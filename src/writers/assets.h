/* Files compiled into the program from src/writers/assets/ (cmake/embed.cmake), NUL-terminated. */
#ifndef DY_ASSETS_H
#define DY_ASSETS_H
extern const char dy_asset_readalong_js[];  /* the read-along page's script */
extern const char dy_asset_readalong_css[]; /* and its style */
#endif

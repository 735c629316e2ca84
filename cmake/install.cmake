# What `cmake --install` puts under the prefix, and the Debian package CPack makes of it
# (`cpack -G DEB` in the build folder; tests/cli/test_deb.sh checks the package):
#   bin/dauys                        the program
#   share/dauys/voices/*.ini         the voice presets (found relative to bin/dauys: see
#                                    DY_VOICES_FROM_BIN in CMakeLists.txt)
#   share/man/man1/dauys.1.gz        the man page, made at build time by help2man from
#                                    `dauys --help` and `--version` plus doc/dauys.h2m
#   share/doc/dauys/copyright        the licence: GPL-3.0-or-later (LICENSE, the GPL 3 text; dauys
#                                    links libespeak-ng, which is GPL-3+)
# Included from CMakeLists.txt after the dauys-cli target; GNUInstallDirs is already included.

install(TARGETS dauys-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/voices/ DESTINATION ${DY_VOICES_DESTINATION}
        FILES_MATCHING PATTERN "*.ini")

# The licence, as Debian names it (/usr/share/doc/<package>/copyright): a notice, then the
# full text of the GPL version 3.
set(DY_COPYRIGHT ${PROJECT_BINARY_DIR}/copyright)
file(READ ${PROJECT_SOURCE_DIR}/LICENSE DY_LICENSE_TEXT)
file(CONFIGURE OUTPUT ${DY_COPYRIGHT} @ONLY CONTENT
"dauys ${PROJECT_VERSION}: ${PROJECT_DESCRIPTION}

dauys is free software: you can redistribute it and/or modify it under the terms of the GNU
General Public License as published by the Free Software Foundation, either version 3 of the
License, or (at your option) any later version (SPDX: GPL-3.0-or-later). It is distributed in
the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied warranty of
MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. The licence's full text follows.

@DY_LICENSE_TEXT@")
install(FILES ${DY_COPYRIGHT} DESTINATION ${CMAKE_INSTALL_DOCDIR})

# The man page: help2man (Debian's help2man; scripts/setup installs it) runs the program built
# here through doc/man-help.sh, which gives it the usage lines in the form it reads as a synopsis.
find_program(DY_HELP2MAN help2man)
find_program(DY_GZIP gzip)
if(DY_HELP2MAN AND DY_GZIP)
  set(DY_MAN ${PROJECT_BINARY_DIR}/dauys.1)
  add_custom_command(OUTPUT ${DY_MAN}.gz
    COMMAND ${CMAKE_COMMAND} -E env DAUYS=$<TARGET_FILE:dauys-cli>
            ${DY_HELP2MAN} --no-info --locale=C.UTF-8 --include=${PROJECT_SOURCE_DIR}/doc/dauys.h2m
            "--name=Kazakh text to chaptered MP3 audiobooks" --output=${DY_MAN}
            ${PROJECT_SOURCE_DIR}/doc/man-help.sh
    COMMAND ${DY_GZIP} -9nf ${DY_MAN}
    DEPENDS dauys-cli ${PROJECT_SOURCE_DIR}/doc/dauys.h2m ${PROJECT_SOURCE_DIR}/doc/man-help.sh
    COMMENT "Writing the man page dauys.1 (help2man)" VERBATIM)
  add_custom_target(dauys-man ALL DEPENDS ${DY_MAN}.gz)
  install(FILES ${DY_MAN}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man or gzip not found: no man page (scripts/setup installs help2man)")
endif()

# The Debian package: dauys_<version>_<arch>.deb. Its shared-library dependencies come from
# dpkg-shlibdeps (libespeak-ng1, libmp3lame0 ...); espeak-ng-data is data, not a library, so it is
# named by hand (libespeak-ng1 only recommends it, and dauys cannot speak without the kk voice).
set(DY_PACKAGE_MAINTAINER "dauys maintainers <dauys@example.org>" CACHE STRING
    "Maintainer named in the Debian package: 'Name <email>'")
set(CPACK_PACKAGE_NAME dauys)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_VENDOR "dauys")
set(CPACK_PACKAGE_CONTACT ${DY_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Kazakh text to chaptered MP3 audiobooks")
set(CPACK_PACKAGE_DESCRIPTION
"dauys turns Kazakh text (plain text, Markdown chapters, a folder of chapter
files or a library of books) into audiobooks read by eSpeak NG: a chaptered
MP3 with ID3 chapter marks, one MP3 per chapter, WebVTT and LRC timings, a cue
sheet, a playlist and a read-along web page, and on request a DAISY 2.02 or an
EPUB 3 book with media overlays. Numbers, dates, abbreviations and acronyms
are read out as Kazakh words.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_NAME dauys)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${DY_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION sound)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "espeak-ng-data")
# `dauys check` notes a word in capitals that the Kazakh dictionary knows; it works without it
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "hunspell-kk")
set(CPACK_GENERATOR DEB)
include(CPack)

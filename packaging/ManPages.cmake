# Man pages, English and German, compressed as Debian policy wants them.
# idiolect-cli(1) is generated from the built program's own --help texts, so it
# never drifts from the code; idiolect(1) is written by hand (packaging/man).

# gzip -9n: maximum compression, no name or timestamp, so builds are reproducible.
set(man_pages)

foreach(language en de)
  if(language STREQUAL "en")
    set(section man1)
  else()
    set(section ${language}/man1)
  endif()
  set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${section}/idiolect-cli.1)
  add_custom_command(OUTPUT ${page}.gz
    COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/man/${section}
    # Sanitizer builds run the program too; a leak report must not fail the build.
    COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0
            sh ${CMAKE_CURRENT_SOURCE_DIR}/man/cli-manpage.sh $<TARGET_FILE:idiolect-cli>
            ${language} ${PROJECT_VERSION} ${IDIOLECT_RELEASE_DATE} ${page}
    COMMAND gzip -9nf ${page}
    DEPENDS idiolect-cli ${CMAKE_CURRENT_SOURCE_DIR}/man/cli-manpage.sh
    COMMENT "Generating the ${language} man page of idiolect-cli"
    VERBATIM)
  install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/${section})
  list(APPEND man_pages ${page}.gz)

  if(TARGET idiolect)
    set(source ${CMAKE_CURRENT_SOURCE_DIR}/man/${section}/idiolect.1)
    set(page ${CMAKE_CURRENT_BINARY_DIR}/man/${section}/idiolect.1)
    add_custom_command(OUTPUT ${page}.gz
      COMMAND ${CMAKE_COMMAND} -E copy ${source} ${page}
      COMMAND gzip -9nf ${page}
      DEPENDS ${source}
      VERBATIM)
    install(FILES ${page}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/${section})
    list(APPEND man_pages ${page}.gz)
  endif()
endforeach()
add_custom_target(idiolect_man_pages ALL DEPENDS ${man_pages})

# man --warnings is what lintian runs; any groff warning fails the test.
find_program(IDIOLECT_MAN man)
if(IDIOLECT_BUILD_TESTS AND IDIOLECT_MAN)
  foreach(page IN LISTS man_pages)
    file(RELATIVE_PATH name ${CMAKE_CURRENT_BINARY_DIR}/man ${page})
    string(MAKE_C_IDENTIFIER "${name}" name)
    add_test(NAME packaging_man_${name}
      COMMAND sh -c "warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 '${IDIOLECT_MAN}' --warnings -E UTF-8 -l -Tutf8 -Z \"$1\" 2>&1 >/dev/null); [ -z \"$warnings\" ] || { echo \"$warnings\"; exit 1; }"
              sh ${page})
    list(APPEND IDIOLECT_PACKAGING_TESTS packaging_man_${name})
  endforeach()
endif()

# idiolect(1) is written by hand: every option "idiolect --help" lists (Qt's own
# --help-all aside) must appear in both languages' pages.
if(IDIOLECT_BUILD_TESTS AND TARGET idiolect)
  add_test(NAME packaging_man_idiolect_options
    COMMAND sh -c [=[
      options=$(QT_QPA_PLATFORM=offscreen "$1" --help 2>/dev/null | grep -o -- '--[a-z][a-z-]*' | sort -u | grep -vx -- --help-all)
      [ -n "$options" ] || { echo "no options in '$1 --help'"; exit 1; }
      shift; status=0
      for page in "$@"; do
        for option in $options; do
          grep -qF -- "$(printf '%s' "$option" | sed 's/-/\\-/g')" "$page" || { echo "$page: $option missing"; status=1; }
        done
      done
      exit $status]=]
      sh $<TARGET_FILE:idiolect>
      ${CMAKE_CURRENT_SOURCE_DIR}/man/man1/idiolect.1 ${CMAKE_CURRENT_SOURCE_DIR}/man/de/man1/idiolect.1)
  list(APPEND IDIOLECT_PACKAGING_TESTS packaging_man_idiolect_options)
endif()

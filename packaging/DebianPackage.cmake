# CPack DEB: "cpack -G DEB" in a build tree configured with
# CMAKE_INSTALL_PREFIX=/usr (scripts/package-deb.sh does all of it and runs
# lintian). Library dependencies come from dpkg-shlibdeps; the plugins Qt loads
# at run time are invisible to it and are listed here.

set(package_docs ${CMAKE_INSTALL_DATAROOTDIR}/doc/idiolect)
install(FILES debian/copyright DESTINATION ${package_docs})
# A native package's changelog.gz, compressed the way Debian policy asks.
add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz
  COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_CURRENT_SOURCE_DIR}/debian/changelog
          ${CMAKE_CURRENT_BINARY_DIR}/changelog
  COMMAND gzip -9nf ${CMAKE_CURRENT_BINARY_DIR}/changelog
  DEPENDS debian/changelog
  VERBATIM)
add_custom_target(idiolect_changelog ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/changelog.gz DESTINATION ${package_docs})

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME idiolect)
set(CPACK_PACKAGE_VENDOR "Idiolect contributors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(IDIOLECT_PACKAGE_MAINTAINER "Idiolect contributors <idiolect@example.invalid>"
  CACHE STRING "Maintainer field of the Debian package")
set(CPACK_PACKAGE_CONTACT ${IDIOLECT_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${IDIOLECT_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "build LLM fine-tuning data from your Signal chats")
set(description_file ${CMAKE_CURRENT_BINARY_DIR}/description.txt)
file(READ debian/description.txt description)
if(TARGET idiolect)
  string(APPEND description "\nThis package contains the desktop app (idiolect) and the command-line\ntool (idiolect-cli).\n")
else()
  string(APPEND description "\nThis package contains the command-line tool idiolect-cli.\n")
endif()
file(WRITE ${description_file} "${description}")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${description_file})
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_DIRECTORY ${PROJECT_BINARY_DIR}/packages)

# Loaded by name at run time, so dpkg-shlibdeps cannot see them:
#  * libqt6sql6-sqlite: the QSQLITE driver that reads decrypted Signal databases;
#  * libqt6svg6: the SVG icon engine and image format plugins behind the app's icons.
# Qt's xcb and offscreen platform plugins ship in libqt6gui6 on Debian 12, which
# dpkg-shlibdeps finds through libQt6Gui.
set(depends libqt6sql6-sqlite)
# Wanted but not essential: Qt's own German strings (standard dialogs, command
# line parser), native Wayland, colour emoji in chat previews, and xdg-open for
# "show in folder".
set(recommends qt6-translations-l10n)
if(TARGET idiolect)
  list(APPEND depends libqt6svg6)
  list(APPEND recommends qt6-wayland fonts-noto-color-emoji xdg-utils)
endif()
list(JOIN depends ", " CPACK_DEBIAN_PACKAGE_DEPENDS)
list(JOIN recommends ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS)

include(CPack)

# The desktop app: executable, menu entry, AppStream metadata, the project
# file type and the icon in the hicolor theme (scalable SVG plus PNG sizes
# rendered at build time).
if(NOT TARGET idiolect)
  message(STATUS "Packaging: no GUI target, installing the command-line tool only")
  return()
endif()

install(TARGETS idiolect RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(FILES linux/${IDIOLECT_APP_ID}.desktop
  DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${IDIOLECT_METAINFO} DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
# The .idiolect project file type, so file managers open projects in the app.
install(FILES linux/${IDIOLECT_APP_ID}.mime.xml
  DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${IDIOLECT_APP_ID}.xml)

set(icon_large ${PROJECT_SOURCE_DIR}/resources/icons/idiolect.svg)
# Below 32 px the written line blurs, so the small sizes use a simplified mark.
set(icon_small ${PROJECT_SOURCE_DIR}/resources/icons/idiolect-small.svg)
set(icon_theme ${CMAKE_INSTALL_DATADIR}/icons/hicolor)
install(FILES ${icon_large} DESTINATION ${icon_theme}/scalable/apps RENAME ${IDIOLECT_APP_ID}.svg)

find_program(IDIOLECT_RSVG_CONVERT rsvg-convert
  DOC "rsvg-convert (Debian: librsvg2-bin), renders the PNG icon sizes")
if(NOT IDIOLECT_RSVG_CONVERT)
  message(WARNING "rsvg-convert not found (Debian: librsvg2-bin): only the scalable icon is installed")
  return()
endif()

set(icon_pngs)
foreach(size 16 22 24 32 48 64 128 256 512)
  if(size LESS 32)
    set(svg ${icon_small})
  else()
    set(svg ${icon_large})
  endif()
  set(dir ${CMAKE_CURRENT_BINARY_DIR}/icons/${size}x${size})
  add_custom_command(OUTPUT ${dir}/${IDIOLECT_APP_ID}.png
    COMMAND ${CMAKE_COMMAND} -E make_directory ${dir}
    COMMAND ${IDIOLECT_RSVG_CONVERT} -w ${size} -h ${size} -o ${dir}/${IDIOLECT_APP_ID}.png ${svg}
    DEPENDS ${svg}
    COMMENT "Rendering the ${size}x${size} icon"
    VERBATIM)
  list(APPEND icon_pngs ${dir}/${IDIOLECT_APP_ID}.png)
  install(FILES ${dir}/${IDIOLECT_APP_ID}.png DESTINATION ${icon_theme}/${size}x${size}/apps)
endforeach()
add_custom_target(idiolect_icons ALL DEPENDS ${icon_pngs})

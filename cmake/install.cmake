# What 'cmake --install' and the Debian package carry: the program, its man page, and its changelog and
# copyright where Debian wants them. The content generator, the bench and the fuzz targets are build
# tools and install nothing.
install(TARGETS backcare RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET backcare-serve)
  install(TARGETS backcare-serve RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
if(TARGET backcare_man)
  install(FILES ${BACKCARE_MAN_PAGE}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()

# The changelog is Debian's format (a native package, so changelog.gz, not changelog.Debian.gz), and its
# newest entry must be this version: a release that forgot it fails here rather than ships a stale one.
set(BACKCARE_CHANGELOG ${CMAKE_SOURCE_DIR}/packaging/changelog)
file(STRINGS ${BACKCARE_CHANGELOG} BACKCARE_CHANGELOG_TOP LIMIT_COUNT 1)
if(NOT BACKCARE_CHANGELOG_TOP MATCHES "^backcare \\(${PROJECT_VERSION}\\) ")
  message(FATAL_ERROR "packaging/changelog: the newest entry is not backcare (${PROJECT_VERSION})")
endif()
find_program(BACKCARE_GZIP gzip)
if(BACKCARE_GZIP)
  set(BACKCARE_CHANGELOG_GZ ${CMAKE_BINARY_DIR}/generated/changelog.gz)
  add_custom_command(
    OUTPUT ${BACKCARE_CHANGELOG_GZ}
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=${BACKCARE_GZIP} -DARGUMENTS=-9nc,${BACKCARE_CHANGELOG}
            -DOUTPUT=${BACKCARE_CHANGELOG_GZ} -P ${CMAKE_SOURCE_DIR}/cmake/output_to_file.cmake
    DEPENDS ${BACKCARE_CHANGELOG} ${CMAKE_SOURCE_DIR}/cmake/output_to_file.cmake
    COMMENT "Compressing the changelog"
    VERBATIM)
  add_custom_target(backcare_changelog ALL DEPENDS ${BACKCARE_CHANGELOG_GZ})
  install(FILES ${BACKCARE_CHANGELOG_GZ} DESTINATION ${CMAKE_INSTALL_DOCDIR})
endif()
install(FILES ${CMAKE_SOURCE_DIR}/packaging/copyright DESTINATION ${CMAKE_INSTALL_DOCDIR})

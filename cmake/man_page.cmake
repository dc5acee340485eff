# backcare(1), made at build time by help2man from the built binary's own --help, and each command's
# (cmake/man_commands.sh), so the page never drifts from the program. packaging/backcare.h2m adds what
# --help does not say: environment, files, exit status, and that this is not medical advice.
# Without help2man the build goes on without a man page (its tests then skip). The sanitizer build, for
# tests only, makes none either: help2man would run the instrumented binary to no use.
if(BACKCARE_SANITIZE)
  return()
endif()
find_program(BACKCARE_HELP2MAN help2man)
find_program(BACKCARE_GZIP gzip)
if(NOT BACKCARE_HELP2MAN OR NOT BACKCARE_GZIP)
  message(STATUS "help2man or gzip not found: no man page (scripts/install-deps installs them)")
  return()
endif()

set(BACKCARE_MAN_PAGE ${CMAKE_BINARY_DIR}/backcare.1)
set(BACKCARE_MAN_COMMANDS ${CMAKE_BINARY_DIR}/generated/man_commands.h2m)
add_custom_command(
  OUTPUT ${BACKCARE_MAN_PAGE} ${BACKCARE_MAN_PAGE}.gz
  COMMAND ${CMAKE_SOURCE_DIR}/cmake/man_commands.sh $<TARGET_FILE:backcare> ${BACKCARE_MAN_COMMANDS}
  COMMAND ${BACKCARE_HELP2MAN} --no-info --no-discard-stderr --section=1
          "--name=a diary for postpartum low back pain in the terminal"
          --include=${CMAKE_SOURCE_DIR}/packaging/backcare.h2m --include=${BACKCARE_MAN_COMMANDS}
          --output=${BACKCARE_MAN_PAGE} $<TARGET_FILE:backcare>
  # -n: no name or time stamp inside, so the same page gives the same bytes (Debian wants -9n).
  COMMAND ${BACKCARE_GZIP} -9nkf ${BACKCARE_MAN_PAGE}
  DEPENDS backcare ${CMAKE_SOURCE_DIR}/cmake/man_commands.sh ${CMAKE_SOURCE_DIR}/packaging/backcare.h2m
  COMMENT "Writing the man page backcare(1) from --help"
  VERBATIM)
add_custom_target(backcare_man ALL DEPENDS ${BACKCARE_MAN_PAGE})

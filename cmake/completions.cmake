# Shell completion scripts, printed by 'backcare completion SHELL' at build time, so they follow the
# commands as the binary knows them.
option(BACKCARE_COMPLETIONS "Generate and install bash, zsh and fish completion" ON)
if(NOT BACKCARE_COMPLETIONS)
  return()
endif()

# Debian's places for each shell, and the file name each shell looks up for the command 'backcare'.
set(BACKCARE_COMPLETION_bash_FILE backcare)
set(BACKCARE_COMPLETION_bash_DIR ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
set(BACKCARE_COMPLETION_zsh_FILE _backcare)
set(BACKCARE_COMPLETION_zsh_DIR ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
set(BACKCARE_COMPLETION_fish_FILE backcare.fish)
set(BACKCARE_COMPLETION_fish_DIR ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

set(BACKCARE_COMPLETION_FILES)
foreach(shell bash zsh fish)
  set(file ${CMAKE_BINARY_DIR}/completions/${shell}/${BACKCARE_COMPLETION_${shell}_FILE})
  add_custom_command(
    OUTPUT ${file}
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:backcare> -DARGUMENTS=completion,${shell}
            -DOUTPUT=${file} -P ${CMAKE_SOURCE_DIR}/cmake/output_to_file.cmake
    DEPENDS backcare ${CMAKE_SOURCE_DIR}/cmake/output_to_file.cmake
    COMMENT "Writing the ${shell} completion"
    VERBATIM)
  install(FILES ${file} DESTINATION ${BACKCARE_COMPLETION_${shell}_DIR})
  list(APPEND BACKCARE_COMPLETION_FILES ${file})
endforeach()
add_custom_target(backcare_completions ALL DEPENDS ${BACKCARE_COMPLETION_FILES})

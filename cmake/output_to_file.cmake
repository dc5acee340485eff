# cmake -DPROGRAM=P -DARGUMENTS=a,b -DOUTPUT=F -P output_to_file.cmake: runs P a b and writes its stdout
# to F, failing the build step when P fails (a shell redirect in a custom command would hide that, and
# is not portable between generators). Commas separate the arguments, as a ';' list would be split early.
string(REPLACE "," ";" arguments "${ARGUMENTS}")
# The folder may not exist yet: a target that depends on nothing else can run first in a clean build.
get_filename_component(folder ${OUTPUT} DIRECTORY)
file(MAKE_DIRECTORY ${folder})
execute_process(COMMAND ${PROGRAM} ${arguments} OUTPUT_FILE ${OUTPUT}.tmp RESULT_VARIABLE result)
if(NOT result EQUAL 0)
  file(REMOVE ${OUTPUT}.tmp)
  message(FATAL_ERROR "${PROGRAM} ${arguments} failed: ${result}")
endif()
file(RENAME ${OUTPUT}.tmp ${OUTPUT})

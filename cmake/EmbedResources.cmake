# SPDX-License-Identifier: GPL-3.0-or-later
# sayline_embed_resources(TARGET NAMESPACE ns FILES rel/path ...)
# Compiles files under resources/ into TARGET, reachable as
#   std::string_view ns::embeddedResource(std::string_view relativePath);   // empty when absent
#   std::vector<std::string_view> ns::embeddedResourceNames(std::string_view prefix);
# The generated source is rebuilt whenever one of the files changes.
function(sayline_embed_resources target)
    cmake_parse_arguments(ARG "" "NAMESPACE" "FILES" ${ARGN})
    set(output ${CMAKE_CURRENT_BINARY_DIR}/${target}_embedded.cpp)
    set(inputs)
    foreach(file IN LISTS ARG_FILES)
        list(APPEND inputs ${SAYLINE_RESOURCES_DIR}/${file})
    endforeach()
    add_custom_command(
        OUTPUT ${output}
        COMMAND ${CMAKE_COMMAND} -DOUTPUT=${output} -DNAMESPACE=${ARG_NAMESPACE}
                -DROOT=${SAYLINE_RESOURCES_DIR} "-DFILES=${ARG_FILES}"
                -P ${CMAKE_SOURCE_DIR}/cmake/GenerateEmbedded.cmake
        DEPENDS ${inputs} ${CMAKE_SOURCE_DIR}/cmake/GenerateEmbedded.cmake
        COMMENT "Embedding resources into ${target}"
        VERBATIM)
    target_sources(${target} PRIVATE ${output})
endfunction()

# SPDX-License-Identifier: GPL-3.0-or-later
# Strict warnings for Sayline's own targets only (never for third-party code).
function(sayline_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wno-missing-field-initializers)
    if(SAYLINE_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

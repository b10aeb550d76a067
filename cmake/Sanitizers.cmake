# SPDX-License-Identifier: GPL-3.0-or-later
# SAYLINE_SANITIZE=address,undefined builds every target (libraries, programs, tests) with those sanitizers;
# the "sanitize" preset does it and runs the whole suite (docs/testing.md). Any finding fails the test that
# triggered it: UndefinedBehaviorSanitizer does not recover, AddressSanitizer never does.
set(SAYLINE_SANITIZE "" CACHE STRING "Sanitizers to build with, comma-separated (address,undefined); empty: none")
if(SAYLINE_SANITIZE)
    if(SAYLINE_BUILD_FUZZ)
        message(FATAL_ERROR "SAYLINE_SANITIZE and SAYLINE_BUILD_FUZZ: the fuzz build brings its own sanitizers")
    endif()
    add_compile_options(-fsanitize=${SAYLINE_SANITIZE} -fno-sanitize-recover=all -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${SAYLINE_SANITIZE})
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # GCC's flow analysis sees the sanitizers' instrumentation and reports uninitialised values that are
        # not (in libstdc++'s <regex> and <functional>); the sanitizers check the real thing at run time.
        add_compile_options(-Wno-maybe-uninitialized)
    endif()
endif()

# One INTERFACE target carries the language standard, warnings and Qt hygiene defines.
# Every Idiolect target links it PRIVATE (libraries) so the settings never leak to consumers.
add_library(idiolect_config INTERFACE)
add_library(Idiolect::Config ALIAS idiolect_config)

target_compile_features(idiolect_config INTERFACE cxx_std_20)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(idiolect_config INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_NO_KEYWORDS
  QT_USE_QSTRINGBUILDER
  QT_DISABLE_DEPRECATED_UP_TO=0x060400
  IDIOLECT_VERSION_STRING="${PROJECT_VERSION}")

# QT_NO_CONTEXTLESS_CONNECT only exists from Qt 6.7; define it where the Qt in use knows it.
if(Qt6Core_VERSION VERSION_GREATER_EQUAL 6.7)
  target_compile_definitions(idiolect_config INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
  target_compile_options(idiolect_config INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wimplicit-fallthrough)
  if(IDIOLECT_WERROR)
    target_compile_options(idiolect_config INTERFACE -Werror)
  endif()
endif()

if(IDIOLECT_SANITIZE)
  target_compile_options(idiolect_config INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(idiolect_config INTERFACE -fsanitize=address,undefined)
endif()

# Helper: one QTest executable per subject, registered with CTest and run headless.
function(idiolect_add_test name)
  cmake_parse_arguments(ARG "GUI" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE idiolect_config Qt6::Test ${ARG_LIBS})
  target_compile_definitions(${name} PRIVATE
    IDIOLECT_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
    IDIOLECT_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
  add_test(NAME ${name} COMMAND ${name})
  set(env "QT_QPA_PLATFORM=offscreen" "LC_ALL=C.UTF-8" "TZ=Europe/Berlin" "QT_LOGGING_RULES=qt.qpa.*=false")
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 600)
  if(ARG_GUI)
    set_tests_properties(${name} PROPERTIES LABELS gui)
  else()
    set_tests_properties(${name} PROPERTIES LABELS core)
  endif()
endfunction()

# libFuzzer: everything is compiled with coverage instrumentation plus ASan and UBSan; the
# fuzz targets in tests/fuzz link libFuzzer itself (-fsanitize=fuzzer).
if(IDIOLECT_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "IDIOLECT_FUZZ needs clang (libFuzzer); use the fuzz preset "
                        "(cmake --preset fuzz) or -DCMAKE_CXX_COMPILER=clang++")
  endif()
  # -Wno-unknown-warning-option: clang does not know GCC's -Wshadow=local above.
  target_compile_options(idiolect_config INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
    -fno-sanitize-recover=undefined -Wno-unknown-warning-option)
  target_link_options(idiolect_config INTERFACE -fsanitize=address,undefined)
endif()

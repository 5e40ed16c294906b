# Project options, each registered with add_feature_info so the configure summary lists them.
option(IDIOLECT_BUILD_UI "Build the Qt Widgets desktop app (ui/ and the idiolect executable)" ON)
option(IDIOLECT_BUILD_TESTS "Build the QTest suites" ON)
option(IDIOLECT_BUILD_BENCH "Build the benchmark target" ON)
option(IDIOLECT_WERROR "Treat compiler warnings as errors (CI turns this on)" OFF)
option(IDIOLECT_SANITIZE "Build everything with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(IDIOLECT_GUI_TESTS "Build the offscreen GUI tests (needs IDIOLECT_BUILD_UI)" ON)

add_feature_info(UI IDIOLECT_BUILD_UI "Qt Widgets desktop application")
add_feature_info(Tests IDIOLECT_BUILD_TESTS "QTest suites")
add_feature_info(Bench IDIOLECT_BUILD_BENCH "Benchmark target")
add_feature_info(Werror IDIOLECT_WERROR "Warnings are errors")
add_feature_info(Sanitizers IDIOLECT_SANITIZE "ASan + UBSan instrumentation")

# Flags shared by every Kontor target, as one INTERFACE target (qBittorrent's CommonConfig.cmake).
add_library(kontor_options INTERFACE)
target_compile_features(kontor_options INTERFACE cxx_std_20)
target_compile_definitions(kontor_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    QT_NO_KEYWORDS)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(kontor_options INTERFACE
        -Wall -Wextra -Wpedantic -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor)
    if(KONTOR_WERROR)
        target_compile_options(kontor_options INTERFACE -Werror)
    endif()
    if(KONTOR_SANITIZE)
        target_compile_options(kontor_options INTERFACE -fsanitize=${KONTOR_SANITIZE} -fno-omit-frame-pointer)
        target_link_options(kontor_options INTERFACE -fsanitize=${KONTOR_SANITIZE})
    endif()
elseif(MSVC)
    target_compile_options(kontor_options INTERFACE /W4 /permissive- /utf-8)
    if(KONTOR_WERROR)
        target_compile_options(kontor_options INTERFACE /WX)
    endif()
endif()

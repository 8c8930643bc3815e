# Compiler strictness and hardening shared by every target of the project.

add_library(scanvault_flags INTERFACE)
target_compile_options(scanvault_flags INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
    -Wformat=2 -Wformat-security
    -fstack-protector-strong)
target_compile_definitions(scanvault_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(scanvault_flags INTERFACE
    -pie -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)

# Every executable is position independent (-pie) with full RELRO. Objects are compiled
# with -fPIC, not -fPIE: Debian's Qt is built with reduced relocations and requires it (its
# targets add -fPIC; a later -fPIE would override it and break signal lookups at run time).
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
function(scanvault_harden target)
    target_link_libraries(${target} PRIVATE scanvault_flags)
endfunction()

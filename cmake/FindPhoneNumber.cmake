# libphonenumber ships neither a CMake config nor a pkg-config file on Debian 12 (FIELD-NOTES.md).
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumberutil.h REQUIRED)
find_library(PHONENUMBER_LIBRARY phonenumber REQUIRED)
add_library(Kontor::PhoneNumber UNKNOWN IMPORTED)
set_target_properties(Kontor::PhoneNumber PROPERTIES
    IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")

# The Debian package: 'cmake --build build --target package' (or 'cd build && cpack -G DEB') makes
# backcare_VERSION_ARCH.deb of what cmake/install.cmake installs, under /usr.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME backcare)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "Seed 8385fa52 maintainers <maintainers@users.noreply.r-seed-8385fa52.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "diary for postpartum low back pain in the terminal")
# The extended description, in lines under 80 columns (lintian); CPack indents them for the control file.
set(CPACK_PACKAGE_DESCRIPTION [[backcare keeps a private diary of low back pain after having a baby. Log
pain on the 0-10 scale, tick off the self-care routines of its source article
(massage, gentle exercise and heat, with their cautions), and see the weekly
summary and the trend. It suggests the routines that fit today, holds
exercises back after a caesarean, and points to care when an entry calls
for it. The diary is one SQLite file, exported and imported as CSV or JSON.

backcare is not a medical device and not medical advice.]])
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
# Dependencies from what the binary links (libsqlite3 and libc), never written by hand.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
# Debian's modes, whatever the umask of the machine that builds the package.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_INSTALL_DEFAULT_DIRECTORY_PERMISSIONS
  OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
include(CPack)

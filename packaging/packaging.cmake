# The Debian package: `make package` (or `cpack` in a build folder) writes
# syncdesk_<version>_<arch>.deb with the three programs, the desktop entry, the AppStream
# metainfo, the icon and the man pages. Library dependencies are computed by
# dpkg-shlibdeps from the binaries, not listed by hand.

set(SYNCDESK_APP_ID com.syncdesk.SyncDesk)

install(FILES ${CMAKE_CURRENT_LIST_DIR}/${SYNCDESK_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

# Team mode: the viewer and admin roles of a PostgreSQL database, run with psql (docs/team-mode.md).
install(FILES ${CMAKE_CURRENT_LIST_DIR}/team-mode-roles.sql
        DESTINATION ${CMAKE_INSTALL_DATADIR}/syncdesk)

# Team mode's headless engine as a systemd user unit, and the environment file it reads.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/systemd/syncdesk-engine.service
        DESTINATION lib/systemd/user)
install(FILES ${CMAKE_CURRENT_LIST_DIR}/systemd/syncdesk-engine.env.example
        DESTINATION ${CMAKE_INSTALL_DATADIR}/syncdesk)

# Debian wants man pages gzipped, and reproducibly (-n: no name or time stamp inside).
find_program(SYNCDESK_GZIP gzip REQUIRED)
set(syncdesk_man_pages)
foreach(program syncdesk syncdesk-cli syncdesk-sandbox)
    set(source ${CMAKE_CURRENT_LIST_DIR}/man/${program}.1)
    set(gzipped ${CMAKE_BINARY_DIR}/packaging/man/${program}.1.gz)
    add_custom_command(OUTPUT ${gzipped}
        COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/packaging/man
        COMMAND ${SYNCDESK_GZIP} -9 -n -c ${source} > ${gzipped}
        DEPENDS ${source}
        VERBATIM)
    list(APPEND syncdesk_man_pages ${gzipped})
endforeach()
add_custom_target(syncdesk-man-pages ALL DEPENDS ${syncdesk_man_pages})
install(FILES ${syncdesk_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME syncdesk)
set(CPACK_PACKAGE_VENDOR "SyncDesk")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "SyncDesk maintainers <maintainers@syncdesk.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Console and sync engine for Salesforce API limits")
set(CPACK_PACKAGE_INSTALL_DIRECTORY /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_PACKAGE_FILE_NAME "syncdesk_${PROJECT_VERSION}")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME syncdesk)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "SyncDesk maintainers <maintainers@syncdesk.example>")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "https://syncdesk.example")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION
    "Console and sync engine for Salesforce API limits
 SyncDesk keeps a sales-engagement workspace in step with a Salesforce org
 while spending as few of the org's daily API calls as the work allows. It
 shows where the org stands against its rolling 24-hour limit, warns the
 alert contact before the limit bites, and keeps every failed sync item for
 a retry.
 .
 The package holds the desktop console (syncdesk), the command-line front end
 for headless machines and scripts (syncdesk-cli) and a local
 Salesforce-compatible org for trying SyncDesk out (syncdesk-sandbox).")
# The shared libraries the binaries link decide the Depends line.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads these as plugins, which dpkg-shlibdeps cannot see: the SQLite driver of the
# state store, and the SVG icon engine that draws the window icon.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6svg6")
# The keychain is reached over D-Bus at run time; a Secret Service is what stores tokens.
# Team mode's store is PostgreSQL, through Qt's QPSQL plugin.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "gnome-keyring | kwalletmanager | keepassxc, qt6-translations-l10n, libqt6sql6-psql")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build[^/]*/;/\\\\.git/;/node_modules/")

include(CPack)

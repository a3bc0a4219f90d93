#pragma once

#include "store/database.h"
#include "store/database_url.h"

#include <QByteArray>
#include <QString>

namespace syncdesk {

// Opens the store on a PostgreSQL server (team mode) through Qt's QPSQL driver. Like the
// SQLite store, a connection belongs to the thread that opened it, under a name the caller
// picks. The password comes from the keychain (DatabaseUrl::passwordKey()); it is handed to
// libpq and to nothing else, and no message here ever contains it.
class PostgresDatabase
{
public:
    // Connects without migrating. An empty password lets libpq try what needs none (a
    // client certificate, trust); a server that then asks for one is reported with the
    // keychain entry to fill in. The url's TLS options (sslmode, sslrootcert…) go to libpq
    // as given, after `extraOptions` (libpq parameters, ';'-separated) so that the URL's win.
    static DatabaseConnection connect(const DatabaseUrl &url, const QByteArray &password,
                                      const QString &connectionName,
                                      const QString &extraOptions = {});

    // connect(), then the pending schema steps under the migration lock (see SchemaMigrator).
    static DatabaseConnection open(const DatabaseUrl &url, const QByteArray &password,
                                   const QString &connectionName, int targetSchemaVersion = -1,
                                   const QString &extraOptions = {});

    // Closes and forgets the named connection.
    static void close(const QString &connectionName);

    // The password of url's user, read once from the keychain by whoever started the process,
    // for every later connection of any thread (Database::forThisThread). Kept in this
    // process's memory only.
    static void rememberPassword(const DatabaseUrl &url, const QByteArray &password);
    static QByteArray rememberedPassword(const DatabaseUrl &url);

    // libpq options for every team-mode connection: give up on a server that does not
    // acknowledge within 4 s, and probe an idle connection. A store query of an engine cut
    // off from the server then fails within seconds instead of waiting for the kernel's
    // minutes-long retransmissions, so an engine that lost its lease (EngineLease, which uses
    // the same options) stops at once and never sends a call after a standby took over.
    static inline const QString DeadPeerOptions =
        QStringLiteral("connect_timeout=5;keepalives=1;keepalives_idle=2;keepalives_interval=1;"
                       "keepalives_count=2;tcp_user_timeout=4000");

    // The oldest server the schema files are written for (identity columns,
    // gen_random_uuid()): PostgreSQL 13.
    static constexpr int MinimumServerVersion = 130000;
};

} // namespace syncdesk

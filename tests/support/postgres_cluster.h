#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace syncdesk::test {

// A throwaway PostgreSQL server of the test's own: initdb into a temporary folder, started
// with pg_ctl on a free loopback port (its Unix socket in that folder too), stopped and
// removed when the object goes. PostgreSQL refuses to run as root, so when the tests run
// as root (CI does) the server runs as `nobody` through setpriv (util-linux, in every
// Debian system), or as the user named by SYNCDESK_PG_TEST_USER. Should the test process
// die before its destructor runs, a watchdog started with the server stops it and removes
// the folder once that process is gone.
//
// Connections over TCP use SCRAM passwords (as a real team server would); the superuser
// `postgres` gets a random one. The binaries are found through SYNCDESK_PG_BINDIR,
// `pg_config --bindir`, /usr/lib/postgresql/<newest>/bin, then PATH.
class PostgresCluster
{
public:
    ~PostgresCluster();
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // nullptr, with what went wrong (and the server's log) in `error`, when no server
    // could be started.
    static std::unique_ptr<PostgresCluster> start(QString *error);

    // The folder of initdb, pg_ctl and postgres; empty when none was found.
    static QString binDir();

    QString host() const;
    int port() const { return m_port; }
    QString socketDir() const { return m_dir.path(); }
    static QString superuser();
    QByteArray superuserPassword() const { return m_superPassword; }
    qint64 startupMs() const { return m_startupMs; }

    // A login role with a random password (returned), and a database it owns.
    QByteArray createRole(const QString &role, QString *error = nullptr);
    bool createDatabase(const QString &database, const QString &owner, QString *error = nullptr);
    // Runs one statement as the superuser on the `postgres` database.
    bool superuserExec(const QString &sql, QString *error = nullptr);

    // "postgresql://role@127.0.0.1:port/database?sslmode=disable": the server has no TLS.
    QString url(const QString &role, const QString &database) const;
    // An open QPSQL connection named `name`, or an invalid one (the reason in `error`).
    QSqlDatabase connect(const QString &name, const QString &role, const QByteArray &password,
                         const QString &database, QString *error = nullptr) const;

    // The server's log, for a failure message.
    QString serverLog() const;

    // Turns TLS on (ssl = on, reloaded) with a server certificate for 127.0.0.1 signed by a
    // test CA of its own, as a team server set up by its admin would be. False (why in
    // `error`) when openssl or the server refused.
    bool enableTls(QString *error);
    // The CA that signed the server's certificate, and another CA that did not.
    QString caCertificate() const { return m_dir.filePath(QStringLiteral("ca.crt")); }
    QString otherCaCertificate() const { return m_dir.filePath(QStringLiteral("other-ca.crt")); }

private:
    PostgresCluster() = default;
    bool initialise(QString *error);
    bool startServer(QString *error);
    void startWatchdog();
    void stop();
    QString dataDir() const;

    QTemporaryDir m_dir;
    int m_port = 0;
    QByteArray m_superPassword;
    qint64 m_startupMs = 0;
    qint64 m_watchdogPid = 0;
    bool m_running = false;
};

} // namespace syncdesk::test

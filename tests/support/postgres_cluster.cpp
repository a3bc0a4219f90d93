#include "postgres_cluster.h"

#include <QCollator>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpServer>
#include <algorithm>
#include <atomic>
#include <csignal>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::test {

namespace {

constexpr int kStartAttempts = 5;
constexpr int kCommandTimeoutMs = 60000;

// Who the server runs as: this process's user, or an unprivileged one when this is root.
struct ServerUser
{
    bool switchUser = false;
    uid_t uid = 0;
    gid_t gid = 0;
};

ServerUser serverUser(QString *error)
{
    ServerUser user;
    if (geteuid() != 0)
        return user;
    const QByteArray name = qEnvironmentVariableIsEmpty("SYNCDESK_PG_TEST_USER")
                                ? QByteArray("nobody")
                                : qgetenv("SYNCDESK_PG_TEST_USER");
    const passwd *entry = getpwnam(name.constData());
    if (!entry || entry->pw_uid == 0) {
        *error = u"running as root, and there is no unprivileged user '%1' to run PostgreSQL"_s.arg(
            QString::fromLocal8Bit(name));
        return user;
    }
    user.switchUser = true;
    user.uid = entry->pw_uid;
    user.gid = entry->pw_gid;
    return user;
}

// program + arguments, run as the server's user.
bool runAsServerUser(const ServerUser &user, const QString &program, const QStringList &arguments,
                     QString *output)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (user.switchUser) {
        const QString setpriv = QStandardPaths::findExecutable(u"setpriv"_s);
        if (setpriv.isEmpty()) {
            *output = u"setpriv (util-linux) is missing"_s;
            return false;
        }
        process.start(setpriv,
                      QStringList{u"--reuid=%1"_s.arg(user.uid), u"--regid=%1"_s.arg(user.gid),
                                  u"--clear-groups"_s, program} +
                          arguments);
    } else {
        process.start(program, arguments);
    }
    const bool finished = process.waitForFinished(kCommandTimeoutMs);
    *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished();
        *output += u"\n(timed out)"_s;
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

bool hasServerBinaries(const QString &dir)
{
    return !dir.isEmpty() && QFile::exists(dir + u"/initdb"_s) && QFile::exists(dir + u"/pg_ctl"_s);
}

int freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QByteArray randomPassword()
{
    QByteArray bytes(18, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / 4);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool isPlainName(const QString &name)
{
    static const QRegularExpression plain(u"^[a-z_][a-z0-9_]*$"_s);
    return plain.match(name).hasMatch();
}

} // namespace

QString PostgresCluster::binDir()
{
    const QString fromEnv = qEnvironmentVariable("SYNCDESK_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return hasServerBinaries(fromEnv) ? fromEnv : QString();

    // pg_config comes with libpq-dev and names the client's version, which may differ
    // from the server package's: take it only when the server binaries are there.
    const QString pgConfig = QStandardPaths::findExecutable(u"pg_config"_s);
    if (!pgConfig.isEmpty()) {
        QProcess process;
        process.start(pgConfig, {u"--bindir"_s});
        if (process.waitForFinished(10000)) {
            const QString dir = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
            if (hasServerBinaries(dir))
                return dir;
        }
    }

    // Debian's layout: /usr/lib/postgresql/<major>/bin, newest first.
    QStringList versions =
        QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator numeric;
    numeric.setNumericMode(true);
    std::sort(versions.begin(), versions.end(),
              [&](const QString &a, const QString &b) { return numeric.compare(a, b) > 0; });
    for (const QString &version : std::as_const(versions)) {
        const QString dir = u"/usr/lib/postgresql/%1/bin"_s.arg(version);
        if (hasServerBinaries(dir))
            return dir;
    }

    const QString initdb = QStandardPaths::findExecutable(u"initdb"_s);
    return initdb.isEmpty() ? QString() : QFileInfo(initdb).canonicalPath();
}

std::unique_ptr<PostgresCluster> PostgresCluster::start(QString *error)
{
    QString problem;
    std::unique_ptr<PostgresCluster> cluster(new PostgresCluster);
    QElapsedTimer clock;
    clock.start();
    if (!cluster->initialise(&problem) || !cluster->startServer(&problem)) {
        if (error)
            *error = problem;
        return nullptr;
    }
    cluster->m_startupMs = clock.elapsed();
    return cluster;
}

QString PostgresCluster::dataDir() const
{
    return m_dir.filePath(u"data"_s);
}

bool PostgresCluster::initialise(QString *error)
{
    const QString bin = binDir();
    if (bin.isEmpty()) {
        *error = u"no PostgreSQL server binaries (initdb, pg_ctl) were found: install the "
                 "package postgresql (scripts/install-deps.sh) or set SYNCDESK_PG_BINDIR"_s;
        return false;
    }
    if (!m_dir.isValid()) {
        *error = u"could not create a temporary folder: %1"_s.arg(m_dir.errorString());
        return false;
    }
    const ServerUser user = serverUser(error);
    if (geteuid() == 0 && !user.switchUser)
        return false;
    if (user.switchUser &&
        chown(QFile::encodeName(m_dir.path()).constData(), user.uid, user.gid) != 0) {
        *error = u"could not hand %1 to the server's user"_s.arg(m_dir.path());
        return false;
    }

    m_superPassword = randomPassword();
    const QString passwordFile = m_dir.filePath(u"superuser-password"_s);
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly)) {
            *error = u"could not write %1"_s.arg(passwordFile);
            return false;
        }
        file.write(m_superPassword + '\n');
    }
    ::chmod(QFile::encodeName(passwordFile).constData(), 0600);
    if (user.switchUser)
        ::chown(QFile::encodeName(passwordFile).constData(), user.uid, user.gid);

    QString output;
    const bool initialised = runAsServerUser(
        user, bin + u"/initdb"_s,
        {u"--pgdata"_s, dataDir(), u"--username"_s, superuser(), u"--pwfile"_s, passwordFile,
         u"--auth-local=trust"_s, u"--auth-host=scram-sha-256"_s, u"--locale=C"_s,
         u"--encoding=UTF8"_s, u"--no-sync"_s, u"--no-instructions"_s},
        &output);
    QFile::remove(passwordFile);
    if (!initialised) {
        *error = u"initdb failed: %1"_s.arg(output);
        return false;
    }

    // A test server: nothing needs to survive a power cut, and it stays small.
    QFile config(dataDir() + u"/postgresql.conf"_s);
    if (!config.open(QIODevice::Append)) {
        *error = u"could not write the server's configuration"_s;
        return false;
    }
    config.write(u"\n# Throwaway test cluster (SyncDesk tests)\n"
                 "listen_addresses = '127.0.0.1'\n"
                 "unix_socket_directories = '%1'\n"
                 "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                 "shared_buffers = 16MB\nmax_connections = 40\n"_s.arg(m_dir.path())
                     .toUtf8());
    return true;
}

bool PostgresCluster::startServer(QString *error)
{
    const ServerUser user = serverUser(error);
    const QString pgCtl = binDir() + u"/pg_ctl"_s;
    const QString log = m_dir.filePath(u"server.log"_s);
    QString output;
    // A free port can be taken by someone else before the server binds it: try another.
    for (int attempt = 0; attempt < kStartAttempts; ++attempt) {
        m_port = freeLoopbackPort();
        if (runAsServerUser(user, pgCtl,
                            {u"start"_s, u"--pgdata"_s, dataDir(), u"--log"_s, log, u"--wait"_s,
                             u"--timeout=60"_s, u"-o"_s, u"-p %1"_s.arg(m_port)},
                            &output)) {
            m_running = true;
            startWatchdog();
            return true;
        }
        if (!serverLog().contains(u"could not bind"_s) &&
            !serverLog().contains(u"could not create listen socket"_s))
            break;
    }
    *error = u"pg_ctl start failed: %1\nserver log:\n%2"_s.arg(output, serverLog());
    return false;
}

void PostgresCluster::startWatchdog()
{
    // Stops the server and removes its folder once this process is gone, however it went.
    const ServerUser user = [] {
        QString ignored;
        return serverUser(&ignored);
    }();
    QString stop = u"'%1/pg_ctl' stop --pgdata '%2' --mode immediate"_s.arg(binDir(), dataDir());
    if (user.switchUser)
        stop =
            u"setpriv --reuid=%1 --regid=%2 --clear-groups "_s.arg(user.uid).arg(user.gid) + stop;
    const QString script = u"while kill -0 %1 2>/dev/null; do sleep 1; done; %2 >/dev/null 2>&1; "
                           "rm -rf '%3'"_s.arg(QCoreApplication::applicationPid())
                               .arg(stop, m_dir.path());
    QProcess::startDetached(u"/bin/sh"_s, {u"-c"_s, script}, QString(), &m_watchdogPid);
}

void PostgresCluster::stop()
{
    if (!m_running)
        return;
    QString ignored;
    const ServerUser user = serverUser(&ignored);
    QString output;
    runAsServerUser(user, binDir() + u"/pg_ctl"_s,
                    {u"stop"_s, u"--pgdata"_s, dataDir(), u"--mode"_s, u"immediate"_s, u"--wait"_s},
                    &output);
    m_running = false;
}

PostgresCluster::~PostgresCluster()
{
    stop();
    if (m_watchdogPid > 0)
        ::kill(static_cast<pid_t>(m_watchdogPid), SIGTERM);
    // m_dir removes the folder.
}

bool PostgresCluster::enableTls(QString *error)
{
    // Elliptic-curve keys: generated in milliseconds, unlike RSA.
    const QString dir = m_dir.path();
    const QString ecKey = u"-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes"_s;
    const QString script =
        u"set -e; cd '%1'; "
        "openssl req -x509 %2 -keyout ca.key -out ca.crt -days 2 -subj '/CN=SyncDesk test CA'; "
        "openssl req -x509 %2 -keyout other-ca.key -out other-ca.crt -days 2 "
        "-subj '/CN=Someone else CA'; "
        "openssl req %2 -keyout data/server.key -out server.csr -subj '/CN=127.0.0.1'; "
        "printf 'subjectAltName=IP:127.0.0.1\n' > server.ext; "
        "openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial "
        "-out data/server.crt -days 2 -extfile server.ext; "
        "chmod 600 data/server.key"_s.arg(dir, ecKey);
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"/bin/sh"_s, {u"-c"_s, script});
    if (!openssl.waitForFinished(kCommandTimeoutMs) || openssl.exitCode() != 0) {
        if (error)
            *error = u"openssl failed: %1"_s.arg(QString::fromLocal8Bit(openssl.readAll()));
        return false;
    }
    QString ignored;
    const ServerUser user = serverUser(&ignored);
    if (user.switchUser) {
        for (const QString &file : {u"/server.key"_s, u"/server.crt"_s})
            ::chown(QFile::encodeName(dataDir() + file).constData(), user.uid, user.gid);
    }
    // The certificate files are found in the data folder by their default names.
    return superuserExec(u"ALTER SYSTEM SET ssl = on"_s, error) &&
           superuserExec(u"SELECT pg_reload_conf()"_s, error);
}

QString PostgresCluster::host() const
{
    return u"127.0.0.1"_s;
}

QString PostgresCluster::superuser()
{
    return u"postgres"_s;
}

QString PostgresCluster::url(const QString &role, const QString &database) const
{
    return u"postgresql://%1@%2:%3/%4?sslmode=disable"_s.arg(role, host())
        .arg(m_port)
        .arg(database);
}

QSqlDatabase PostgresCluster::connect(const QString &name, const QString &role,
                                      const QByteArray &password, const QString &database,
                                      QString *error) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(host());
    db.setPort(m_port);
    db.setUserName(role);
    db.setPassword(QString::fromUtf8(password));
    db.setDatabaseName(database);
    db.setConnectOptions(u"sslmode=disable;connect_timeout=10"_s);
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return QSqlDatabase();
    }
    return db;
}

bool PostgresCluster::superuserExec(const QString &sql, QString *error)
{
    static std::atomic<int> counter{0};
    const QString name = u"postgres-cluster-admin-%1"_s.arg(++counter);
    bool ok = false;
    {
        QSqlDatabase db = connect(name, superuser(), m_superPassword, u"postgres"_s, error);
        if (db.isValid()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray PostgresCluster::createRole(const QString &role, QString *error)
{
    if (!isPlainName(role)) {
        if (error)
            *error = u"not a plain role name: %1"_s.arg(role);
        return {};
    }
    const QByteArray password = randomPassword();
    if (!superuserExec(
            u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(role, QString::fromLatin1(password)),
            error))
        return {};
    return password;
}

bool PostgresCluster::createDatabase(const QString &database, const QString &owner, QString *error)
{
    if (!isPlainName(database) || !isPlainName(owner)) {
        if (error)
            *error = u"not plain names: %1, %2"_s.arg(database, owner);
        return false;
    }
    return superuserExec(u"CREATE DATABASE %1 OWNER %2"_s.arg(database, owner), error);
}

QString PostgresCluster::serverLog() const
{
    QFile file(m_dir.filePath(u"server.log"_s));
    return file.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(file.readAll()) : QString();
}

} // namespace syncdesk::test

#include "sync/engine_lease.h"

#include "store/postgres_database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QtEndian>
#include <atomic>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

Q_LOGGING_CATEGORY(lcLease, "syncdesk.engine.lease")

// Client side (libpq): PostgresDatabase::DeadPeerOptions, shorter than the server's limits
// below, so that a holder cut off from the server stops before the server lets a standby in.
const QString &kClientOptions = PostgresDatabase::DeadPeerOptions;

// Server side, for this session only: drop it (and so release the lease) 10-11 s after
// its host went silent.
const QStringList kSessionSettings{
    u"SET tcp_keepalives_idle = 5"_s,
    u"SET tcp_keepalives_interval = 2"_s,
    u"SET tcp_keepalives_count = 3"_s,
    u"SET tcp_user_timeout = 10000"_s,
    // A server-wide idle or statement timeout must not end the lease's session.
    u"SET idle_session_timeout = 0"_s,
    u"SET statement_timeout = 5000"_s,
};

QString nextConnectionName()
{
    static std::atomic<int> counter{0};
    return u"syncdesk-engine-lease/%1"_s.arg(++counter);
}

// The lease's entry in pg_locks: a bigint key shows as classid (high half), objid (low
// half) and objsubid 1, in the current database.
const QString kLockRow =
    u"l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
    "AND l.classid = CAST(? AS bigint)::oid AND l.objid = CAST(? AS bigint)::oid "
    "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"_s;

void bindKey(QSqlQuery &query, qint64 key)
{
    const auto unsignedKey = static_cast<quint64>(key);
    query.addBindValue(static_cast<qint64>(unsignedKey >> 32));
    query.addBindValue(static_cast<qint64>(unsignedKey & 0xffffffffULL));
}

} // namespace

EngineLease::EngineLease(DatabaseUrl url, QByteArray password, QString orgId, QObject *parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_password(std::move(password))
    , m_key(lockKey(orgId))
    , m_connectionName(nextConnectionName())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_held)
            check();
        else
            attempt();
    });
}

EngineLease::~EngineLease()
{
    stop();
}

qint64 EngineLease::lockKey(const QString &orgId)
{
    const QByteArray name = "syncdesk/engine/" + orgId.trimmed().left(15).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(name, QCryptographicHash::Sha256);
    return qFromBigEndian<qint64>(digest.constData());
}

void EngineLease::start()
{
    m_running = true;
    m_timer.start(0);
}

void EngineLease::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_held && QSqlDatabase::contains(m_connectionName)) {
        QSqlQuery unlock(QSqlDatabase::database(m_connectionName, false));
        unlock.prepare(u"SELECT pg_advisory_unlock(?)"_s);
        unlock.addBindValue(m_key);
        unlock.exec();
    }
    m_held = false;
    dropConnection();
}

bool EngineLease::ensureConnection(QString *problem)
{
    if (QSqlDatabase::contains(m_connectionName) &&
        QSqlDatabase::database(m_connectionName, false).isOpen())
        return true;
    const DatabaseConnection connection =
        PostgresDatabase::connect(m_url, m_password, m_connectionName, kClientOptions);
    if (!connection.ok()) {
        *problem = connection.error->message;
        return false;
    }
    QSqlQuery query(connection.db);
    // Shown to the standbys (and to consoles later) as the holder's name.
    const QString name = u"syncdesk-engine %1 pid %2"_s.arg(QHostInfo::localHostName())
                             .arg(QCoreApplication::applicationPid());
    QStringList statements = kSessionSettings;
    statements.append(u"SET application_name = '%1'"_s.arg(QString(name).remove(u'\'')));
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement)) {
            *problem = query.lastError().text();
            dropConnection();
            return false;
        }
    }
    if (!query.exec(u"SELECT pg_backend_pid()"_s) || !query.next()) {
        *problem = query.lastError().text();
        dropConnection();
        return false;
    }
    m_backendPid = query.value(0).toLongLong();
    return true;
}

void EngineLease::attempt()
{
    if (!m_running)
        return;
    QString problem;
    if (ensureConnection(&problem)) {
        std::optional<bool> taken;
        {
            QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
            query.prepare(u"SELECT pg_try_advisory_lock(?)"_s);
            query.addBindValue(m_key);
            if (query.exec() && query.next())
                taken = query.value(0).toBool();
            else
                problem = query.lastError().text();
        }
        if (taken == true) {
            m_held = true;
            m_lastStandby.clear();
            qCInfo(lcLease) << "engine lease acquired, session" << m_backendPid;
            m_timer.start(m_checkIntervalMs);
            Q_EMIT acquired();
            return;
        }
        if (taken == false)
            problem = holderDescription();
        else
            dropConnection();
    }
    goStandby(problem);
}

void EngineLease::check()
{
    if (!m_running)
        return;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT EXISTS (SELECT 1 FROM pg_locks l WHERE "_s + kLockRow +
                  u" AND l.pid = pg_backend_pid())"_s);
    bindKey(query, m_key);
    if (query.exec() && query.next() && query.value(0).toBool()) {
        m_timer.start(m_checkIntervalMs);
        return;
    }
    const QString why = query.lastError().type() == QSqlError::NoError
                            ? u"the session no longer holds the engine lease"_s
                            : query.lastError().text();
    query = QSqlQuery();
    m_held = false;
    dropConnection();
    qCWarning(lcLease).noquote() << "engine lease lost:" << why;
    Q_EMIT lost(why);
    goStandby(why);
}

QString EngineLease::holderDescription()
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(u"SELECT a.application_name, a.client_addr FROM pg_locks l "
                  "LEFT JOIN pg_stat_activity a ON a.pid = l.pid WHERE "_s +
                  kLockRow);
    bindKey(query, m_key);
    if (!query.exec() || !query.next())
        return u"another engine holds the lease"_s;
    const QString name = query.value(0).toString();
    const QString address = query.value(1).toString();
    return u"held by %1%2"_s.arg(name.isEmpty() ? u"another engine"_s : name,
                                 address.isEmpty() ? QString() : u" at "_s + address);
}

void EngineLease::dropConnection()
{
    m_backendPid = 0;
    PostgresDatabase::close(m_connectionName);
}

void EngineLease::goStandby(const QString &why)
{
    if (why != m_lastStandby) {
        m_lastStandby = why;
        Q_EMIT standby(why);
    }
    if (m_running)
        m_timer.start(m_retryIntervalMs);
}

} // namespace syncdesk

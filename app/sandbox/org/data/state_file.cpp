#include "data/state_file.h"

#include "data/record_store.h"
#include "limits/daily_allocation.h"
#include "limits/org_clock.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

bool exec(QSqlQuery &query, const QString &sql, QString *error)
{
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

} // namespace

StateFile::StateFile(RecordStore &store, DailyAllocation &allocation, OrgClock &clock,
                     QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_allocation(allocation)
    , m_clock(clock)
    , m_connectionName(u"sandbox-state-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(100);
    connect(&m_flushTimer, &QTimer::timeout, this, &StateFile::flush);
}

StateFile::~StateFile()
{
    m_store.setChangeListener({});
    flush();
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool StateFile::open(const QString &path, QString *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    db.setDatabaseName(path);
    if (!db.open()) {
        *error = u"Cannot open the sandbox state file "_s + path + u": "_s + db.lastError().text();
        return false;
    }
    QSqlQuery query(db);
    QString sqlError;
    const bool ready = exec(query, u"PRAGMA journal_mode=WAL"_s, &sqlError) &&
                       exec(query,
                            u"CREATE TABLE IF NOT EXISTS sandbox_records (id TEXT PRIMARY KEY, "
                            "object_name TEXT NOT NULL, body TEXT NOT NULL)"_s,
                            &sqlError) &&
                       exec(query,
                            u"CREATE TABLE IF NOT EXISTS sandbox_meta (name TEXT PRIMARY KEY, "
                            "value TEXT NOT NULL)"_s,
                            &sqlError) &&
                       exec(query, u"SELECT COUNT(*) FROM sandbox_records"_s, &sqlError);
    if (!ready) {
        *error = u"The sandbox state file "_s + path + u" cannot be used: "_s + sqlError;
        return false;
    }
    m_hadRecords = query.next() && query.value(0).toLongLong() > 0;
    m_store.setChangeListener([this](const RecordStore::Change &change) { markDirty(change.id); });
    return true;
}

bool StateFile::load(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    QSqlQuery query(db);
    if (!exec(query, u"SELECT object_name, body FROM sandbox_records ORDER BY rowid"_s, error))
        return false;
    while (query.next()) {
        const QJsonDocument body = QJsonDocument::fromJson(query.value(1).toByteArray());
        if (!body.isObject()) {
            *error = u"The sandbox state file holds a damaged record"_s;
            return false;
        }
        m_store.restore(query.value(0).toString(), body.object());
    }
    if (!exec(query, u"SELECT name, value FROM sandbox_meta"_s, error))
        return false;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (name == u"clock_offset"_s)
            m_clock.setOffset(query.value(1).toLongLong());
        else if (name == u"api_used"_s)
            // The per-call times are not kept: usage comes back as calls made now.
            m_allocation.setUsed(m_clock.now(), query.value(1).toInt());
    }
    m_dirty.clear();
    return true;
}

void StateFile::markDirty(const QString &id)
{
    m_dirty.insert(id);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void StateFile::rewriteAll()
{
    m_rewriteAll = true;
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void StateFile::flush()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;
    db.transaction();
    QSqlQuery write(db);
    QSqlQuery remove(db);
    if (m_rewriteAll) {
        remove.exec(u"DELETE FROM sandbox_records"_s);
        m_dirty.clear();
        for (const ObjectDescription &object : m_store.schema().objects())
            for (const QJsonObject &row : m_store.records(object.name, true))
                m_dirty.insert(row.value(u"Id"_s).toString());
        m_rewriteAll = false;
    }
    write.prepare(
        u"INSERT OR REPLACE INTO sandbox_records (id, object_name, body) VALUES (?, ?, ?)"_s);
    remove.prepare(u"DELETE FROM sandbox_records WHERE id = ?"_s);
    for (const QString &id : std::as_const(m_dirty)) {
        // Write what the record is now: after a rollback that may be nothing.
        if (const QJsonObject *row = m_store.find(id)) {
            write.addBindValue(id);
            write.addBindValue(m_store.objectOf(id));
            write.addBindValue(QJsonDocument(*row).toJson(QJsonDocument::Compact));
            write.exec();
        } else {
            remove.addBindValue(id);
            remove.exec();
        }
    }
    m_dirty.clear();
    QSqlQuery meta(db);
    meta.prepare(u"INSERT OR REPLACE INTO sandbox_meta (name, value) VALUES (?, ?)"_s);
    const QDateTime now = m_clock.now();
    for (const auto &[name, value] :
         {std::pair{u"clock_offset"_s, QString::number(m_clock.offset())},
          std::pair{u"api_used"_s, QString::number(m_allocation.used(now))}}) {
        meta.addBindValue(name);
        meta.addBindValue(value);
        meta.exec();
    }
    db.commit();
}

} // namespace syncdesk::sandbox

#include "store/workspace_copy.h"

#include "store/outbox_store.h"
#include "store/schema_migrator.h"

#include <QElapsedTimer>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

const QString kVersionTable = u"schema_version"_s;

QString quoted(const QString &identifier)
{
    return u'"' + QString(identifier).replace(u'"', u"\"\""_s) + u'"';
}

QStringList column0(QSqlQuery &query)
{
    QStringList values;
    while (query.next())
        values.append(query.value(0).toString());
    return values;
}

// What the schema steps themselves put in a new store at `version`: per table, the values
// of its first column (the install id's setting key, say), read from a store migrated in
// memory, so that nobody keeps a list of them.
std::optional<QMap<QString, QStringList>> rowsOfANewStore(int version, QString *error)
{
    const QString name = u"syncdesk-new-store-"_s + QUuid::createUuid().toString(QUuid::Id128);
    std::optional<QMap<QString, QStringList>> rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(u":memory:"_s);
        if (!db.open()) {
            *error = db.lastError().text();
        } else if (const std::optional<StoreError> problem =
                       SchemaMigrator(db).migrateTo(version)) {
            *error = problem->message;
        } else {
            rows.emplace();
            for (const QString &table : db.tables()) {
                QSqlQuery query(db);
                if (table == kVersionTable || !query.exec(u"SELECT * FROM "_s + quoted(table)))
                    continue;
                if (QStringList values = column0(query); !values.isEmpty()) {
                    values.sort();
                    rows->insert(table, values);
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

// The target's tables (of its current schema) that hold more than `newStore` has.
std::optional<QStringList> dataBeyond(const QSqlDatabase &target,
                                      const QMap<QString, QStringList> &newStore, QString *error)
{
    QSqlQuery tables(target);
    if (!tables.exec(u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
                     "current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name"_s)) {
        *error = tables.lastError().text();
        return std::nullopt;
    }
    QStringList withData;
    for (const QString &table : column0(tables)) {
        if (table == kVersionTable)
            continue;
        QSqlQuery count(target);
        if (!count.exec(u"SELECT COUNT(*) FROM "_s + quoted(table)) || !count.next()) {
            *error = count.lastError().text();
            return std::nullopt;
        }
        const qint64 rows = count.value(0).toLongLong();
        const QStringList expected = newStore.value(table);
        bool extra = rows != expected.size();
        if (!extra && rows > 0) {
            QSqlQuery all(target);
            if (!all.exec(u"SELECT * FROM "_s + quoted(table))) {
                *error = all.lastError().text();
                return std::nullopt;
            }
            QStringList values = column0(all);
            values.sort();
            extra = values != expected;
        }
        if (extra)
            withData.append(
                u"%1 (%2 %3)"_s.arg(table).arg(rows).arg(rows == 1 ? u"row"_s : u"rows"_s));
    }
    return withData;
}

// One value as JSON for json_populate_recordset, which converts it to the column's type.
void appendJsonValue(QString &out, const QVariant &value)
{
    if (value.isNull()) {
        out += u"null"_s;
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        out += QString::number(value.toLongLong());
        return;
    case QMetaType::Double:
        out += std::isfinite(value.toDouble()) ? QString::number(value.toDouble(), 'g', 17)
                                               : u"null"_s;
        return;
    case QMetaType::QByteArray: // a BLOB, in bytea's hex input form
        out += OutboxStore::quotedJsonString(u"\\x"_s +
                                             QString::fromLatin1(value.toByteArray().toHex()));
        return;
    default:
        out += OutboxStore::quotedJsonString(value.toString());
    }
}

} // namespace

qint64 WorkspaceCopyResult::totalRows() const
{
    qint64 total = 0;
    for (const CopiedTable &table : tables)
        total += table.rows;
    return total;
}

WorkspaceCopy::WorkspaceCopy(QSqlDatabase source, QSqlDatabase target)
    : TableAccess(std::move(target))
    , m_source(std::move(source))
{}

std::optional<QStringList> WorkspaceCopy::tablesWithData(const QSqlDatabase &target,
                                                         int schemaVersion, QString *error)
{
    const std::optional<QMap<QString, QStringList>> newStore =
        rowsOfANewStore(schemaVersion, error);
    if (!newStore)
        return std::nullopt;
    return dataBeyond(target, *newStore, error);
}

WorkspaceCopyResult WorkspaceCopy::copy()
{
    QElapsedTimer timer;
    timer.start();
    WorkspaceCopyResult result;
    const int sourceVersion = SchemaMigrator(m_source).currentVersion().value_or(0);
    const int targetVersion = SchemaMigrator(m_db).currentVersion().value_or(0);
    if (sourceVersion != targetVersion || sourceVersion == 0) {
        result.outcome = WorkspaceCopyResult::Outcome::SchemaMismatch;
        result.message = u"The workspace is at schema step %1 and the target at "
                         "step %2; both must be at the same step."_s.arg(sourceVersion)
                             .arg(targetVersion);
        return result;
    }
    QString error;
    const std::optional<QMap<QString, QStringList>> newStore =
        rowsOfANewStore(targetVersion, &error);
    QList<Table> tables;
    if (!newStore) {
        result.message = error;
        return result;
    }
    if (!readTables(&tables, &result))
        return result;

    // One snapshot of the source: a deferred transaction only reads.
    if (!m_source.transaction()) {
        result.message = m_source.lastError().text();
        return result;
    }
    const bool copied = inTransaction([&] {
        QString why;
        const std::optional<QStringList> withData = dataBeyond(m_db, *newStore, &why);
        if (!withData || !withData->isEmpty()) {
            if (withData) {
                result.outcome = WorkspaceCopyResult::Outcome::TargetNotEmpty;
                result.message =
                    u"The target database already holds data: %1. Nothing was "
                    "changed; migrate into a new, empty database."_s.arg(withData->join(u", "_s));
            } else {
                result.message = why;
            }
            return false;
        }
        // What the schema steps put there (the install id) gives way to the source's.
        for (auto it = newStore->keyBegin(); it != newStore->keyEnd(); ++it) {
            if (!run(u"DELETE FROM "_s + quoted(*it)))
                return false;
        }
        for (const Table &table : std::as_const(tables)) {
            qint64 rows = 0;
            if (!copyTable(table, &rows, &why)) {
                result.message = u"Copying the table %1 failed: %2"_s.arg(table.name, why);
                return false;
            }
            for (const QString &column : table.identityColumns) {
                if (!run(dialect().numberingAfter(quoted(table.name), column)))
                    return false;
            }
            result.tables.append({table.name, rows});
        }
        return true;
    });
    m_source.rollback();
    if (copied) {
        result.outcome = WorkspaceCopyResult::Outcome::Copied;
    } else {
        result.tables.clear();
        if (result.message.isEmpty())
            result.message = lastError();
    }
    result.elapsedMs = timer.elapsed();
    return result;
}

bool WorkspaceCopy::readTables(QList<Table> *tables, WorkspaceCopyResult *result) const
{
    auto fail = [&](const QString &why) {
        result->message = why;
        return false;
    };
    QSqlQuery names(m_source);
    if (!names.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                    "'sqlite\\_%' ESCAPE '\\' ORDER BY name"_s))
        return fail(names.lastError().text());
    QList<Table> found;
    for (const QString &name : column0(names)) {
        if (name == kVersionTable)
            continue;
        Table table{.name = name, .columns = {}, .identityColumns = {}};
        QSqlQuery sourceColumns(m_source);
        if (!sourceColumns.exec(u"SELECT name FROM pragma_table_info('%1')"_s.arg(name)))
            return fail(sourceColumns.lastError().text());
        QStringList expected = column0(sourceColumns);
        QSqlQuery targetColumns(m_db);
        targetColumns.prepare(u"SELECT column_name, is_identity FROM information_schema.columns "
                              "WHERE table_schema = current_schema() AND table_name = ? "
                              "ORDER BY ordinal_position"_s);
        targetColumns.addBindValue(name);
        if (!targetColumns.exec())
            return fail(targetColumns.lastError().text());
        while (targetColumns.next()) {
            table.columns.append(targetColumns.value(0).toString());
            if (targetColumns.value(1).toString() == u"YES"_s)
                table.identityColumns.append(targetColumns.value(0).toString());
        }
        QStringList have = table.columns;
        expected.sort();
        have.sort();
        if (have != expected) {
            result->outcome = WorkspaceCopyResult::Outcome::SchemaMismatch;
            return fail(u"The table %1 differs between the workspace (%2) and the "
                        "target (%3)."_s.arg(name, expected.join(u", "_s), have.join(u", "_s)));
        }
        found.append(table);
    }

    // A table referenced by another's foreign key is copied first.
    QSqlQuery references(m_db);
    if (!references.exec(u"SELECT c.relname, p.relname FROM pg_constraint k JOIN pg_class c ON "
                         "c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid WHERE "
                         "k.contype = 'f' AND k.connamespace = current_schema()::regnamespace"_s))
        return fail(references.lastError().text());
    QMultiMap<QString, QString> dependsOn;
    while (references.next()) {
        if (references.value(0) != references.value(1))
            dependsOn.insert(references.value(0).toString(), references.value(1).toString());
    }
    while (!found.isEmpty()) {
        const qsizetype before = found.size();
        for (qsizetype i = 0; i < found.size();) {
            bool ready = true;
            for (const QString &needed : dependsOn.values(found.at(i).name)) {
                for (const Table &waiting : std::as_const(found))
                    ready = ready && waiting.name != needed;
            }
            if (ready)
                tables->append(found.takeAt(i));
            else
                ++i;
        }
        if (found.size() == before) // a cycle: no order holds every key, let the database say
            tables->append(found.takeFirst());
    }
    return true;
}

bool WorkspaceCopy::copyTable(const Table &table, qint64 *rows, QString *error) const
{
    QStringList columns;
    for (const QString &column : table.columns)
        columns.append(quoted(column));
    const QString list = columns.join(u", "_s);
    QSqlQuery read(m_source);
    read.setForwardOnly(true);
    if (!read.exec(u"SELECT "_s + list + u" FROM "_s + quoted(table.name))) {
        *error = read.lastError().text();
        return false;
    }
    QSqlQuery insert = prepared(u"INSERT INTO "_s + quoted(table.name) + u" ("_s + list +
                                u") SELECT "_s + list + u" FROM json_populate_recordset(NULL::"_s +
                                quoted(table.name) + u", CAST(? AS json))"_s);
    QStringList keys;
    for (const QString &column : table.columns)
        keys.append(OutboxStore::quotedJsonString(column) + u':');
    QString json;
    int queued = 0;
    auto write = [&] {
        json += u']';
        insert.bindValue(0, json);
        json.clear();
        queued = 0;
        if (run(insert))
            return true;
        *error = lastError();
        return false;
    };
    while (read.next()) {
        json += queued == 0 ? u"[{"_s : u",{"_s;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                json += u',';
            json += keys.at(i);
            appendJsonValue(json, read.value(int(i)));
        }
        json += u'}';
        ++*rows;
        if ((++queued == kRowsPerStatement || json.size() >= kCharsPerStatement) && !write())
            return false;
    }
    if (read.lastError().isValid()) {
        *error = read.lastError().text();
        return false;
    }
    return queued == 0 || write();
}

} // namespace syncdesk

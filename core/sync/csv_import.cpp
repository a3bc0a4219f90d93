#include "sync/csv_import.h"

#include "store/activity_store.h"
#include "store/multi_row_insert.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "store/store_time.h"
#include "sync/csv_import_match.h"
#include "sync/csv_reader.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>
#include <QVariant>
#include <optional>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

struct Column
{
    QString name; // as stored and as reported
    bool required = false;
    QStringList aliases; // other header spellings meaning the same column
};

QList<Column> columnsFor(CsvImportKind kind)
{
    switch (kind) {
    case CsvImportKind::People:
        return {{u"FirstName"_s}, {u"LastName"_s, true}, {u"Email"_s},
                {u"Phone"_s},     {u"Title"_s},          {u"Company"_s, false, {u"AccountName"_s}}};
    case CsvImportKind::Accounts:
        return {{u"Name"_s, true}, {u"Industry"_s}, {u"Phone"_s}, {u"Website"_s}};
    case CsvImportKind::Activities:
        return {{u"Type"_s, true}, {u"Subject"_s, true},   {u"PersonEmail"_s}, {u"PersonId"_s},
                {u"Date"_s},       {u"DurationSeconds"_s}, {u"Description"_s}};
    }
    return {};
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression shape(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return shape.match(text).hasMatch();
}

} // namespace

// A validated row, ready to be written without further checks.
struct CsvImportRow
{
    int line = 0;
    QJsonObject fields;             // people and accounts
    std::optional<qint64> personId; // activities
    bool isEmail = false;
    QDateTime occurredAt;
    bool dated = false; // the file gave the Date; otherwise occurredAt is the import's time
    std::optional<int> durationSeconds;
    std::optional<qint64> existingId; // the record or activity an earlier import made
};
using PreparedRow = CsvImportRow;

namespace {

// A row's fields (strings, what a CSV cell gives) as compact JSON, written directly: for
// a large import QJsonDocument's serialisation was a seventh of the write. Anything but
// strings goes through QJsonDocument.
QString compactJson(const QJsonObject &fields)
{
    QString json;
    json.reserve(32 * fields.size());
    json += u'{';
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!it.value().isString())
            return QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
        if (it != fields.begin())
            json += u',';
        json += OutboxStore::quotedJsonString(it.key());
        json += u':';
        json += OutboxStore::quotedJsonString(it.value().toString());
    }
    json += u'}';
    return json;
}

// "2024-05-01", "2024-05-01T14:30", "2024-05-01 14:30:00", "2024-05-01T14:30:00Z" or
// with an offset; without a zone, UTC.
QDateTime parseWhen(const QString &text)
{
    const QDate day = QDate::fromString(text, u"yyyy-MM-dd"_s);
    if (day.isValid())
        return QDateTime(day, QTime(0, 0), Qt::UTC);
    QString iso = text;
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    if (!at.isValid())
        return at;
    if (at.timeSpec() == Qt::LocalTime)
        at.setTimeZone(QTimeZone::utc());
    return at.toUTC();
}

// A row's trimmed values by column (empty for a column the file lacks).
class RowValues
{
public:
    RowValues(const QList<Column> &columns, const QList<qsizetype> &positionOfColumn,
              const QStringList &fields)
        : m_columns(columns)
    {
        m_values.reserve(columns.size());
        for (const qsizetype position : positionOfColumn)
            m_values.append(position < 0 ? QString() : fields.at(position).trimmed());
    }

    const QString &at(qsizetype column) const { return m_values.at(column); }
    QString value(const QString &name) const
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).name == name)
                return m_values.at(i);
        }
        return QString();
    }

private:
    const QList<Column> &m_columns;
    QStringList m_values;
};

// New records of one kind and state, numbered on from a first id. On SQLite each statement
// takes one bound JSON array of the records' fields objects, stored as they are and
// numbered by position: no row of quoted JSON inside JSON, no value extracted per cell
// (the generic MultiRowInsert's way took a quarter of a 200,000-row import). Elsewhere the
// rows go through MultiRowInsert.
class NewRecordInsert : public TableAccess
{
public:
    NewRecordInsert(QSqlDatabase db, const QString &kind, const QString &state, QVariant at)
        : TableAccess(db)
        , m_kind(kind)
        , m_state(state)
        , m_at(std::move(at))
    {
        if (!dialect().isSqlite())
            m_rows.emplace(
                m_db, u"records"_s,
                QStringList{u"id"_s, u"kind"_s, u"fields_json"_s, u"sync_state"_s, u"updated_at"_s},
                100);
    }

    // Ids come in order, one after the other.
    bool add(qint64 id, const QString &fieldsJson)
    {
        if (m_rows)
            return m_rows->add({id, m_kind, fieldsJson, m_state, m_at}) || fail(*m_rows);
        Q_ASSERT(m_queued == 0 || id == m_firstId + m_queued);
        if (m_queued == 0) {
            m_firstId = id;
            m_json += u'[';
        } else {
            m_json += u',';
        }
        m_json += fieldsJson;
        return ++m_queued < kRowsPerStatement || write();
    }

    bool finish()
    {
        if (m_rows)
            return m_rows->finish() || fail(*m_rows);
        return m_queued == 0 || write();
    }

private:
    static constexpr int kRowsPerStatement = 4'000;

    bool fail(const TableAccess &rows)
    {
        takeErrorFrom(rows);
        return false;
    }

    bool write()
    {
        if (!m_statement) {
            m_statement =
                prepared(u"INSERT INTO records (id, kind, fields_json, sync_state, "
                         "updated_at) SELECT ? + key, ?, value, ?, ? FROM json_each(?)"_s);
        }
        m_json += u']';
        m_statement->bindValue(0, m_firstId);
        m_statement->bindValue(1, m_kind);
        m_statement->bindValue(2, m_state);
        m_statement->bindValue(3, m_at);
        m_statement->bindValue(4, m_json);
        m_json.clear();
        m_queued = 0;
        return run(*m_statement);
    }

    QString m_kind;
    QString m_state;
    QVariant m_at;
    std::optional<MultiRowInsert> m_rows; // not SQLite
    std::optional<QSqlQuery> m_statement;
    QString m_json;
    qint64 m_firstId = 0;
    int m_queued = 0;
};

class RowChecker
{
public:
    RowChecker(QSqlDatabase db, CsvImportKind kind, QList<CsvImportError> &errors)
        : m_db(std::move(db))
        , m_kind(kind)
        , m_columns(columnsFor(kind))
        , m_errors(errors)
    {}

    // Maps header positions to column names; false (with errors) when the header is bad.
    bool readHeader(const CsvRecord &header)
    {
        const QList<Column> &columns = m_columns;
        QStringList unknown;
        for (const QString &rawName : header.fields) {
            const QString name = rawName.trimmed();
            const Column *match = nullptr;
            for (const Column &column : columns) {
                if (name.compare(column.name, Qt::CaseInsensitive) == 0 ||
                    column.aliases.contains(name, Qt::CaseInsensitive))
                    match = &column;
            }
            if (!match) {
                unknown.append(u"'%1'"_s.arg(name));
                continue;
            }
            if (m_names.contains(match->name))
                fail(header.line, u"column %1 appears more than once"_s.arg(match->name));
            m_names.append(match->name);
        }
        if (!unknown.isEmpty()) {
            QStringList known;
            for (const Column &column : columns)
                known.append(QStringList{column.name} + column.aliases);
            fail(header.line, u"unknown column%1 %2 (known columns: %3)"_s.arg(
                                  unknown.size() > 1 ? u"s"_s : QString(), unknown.join(u", "_s),
                                  known.join(u", "_s)));
        }
        for (const Column &column : columns) {
            if (column.required && !m_names.contains(column.name))
                fail(header.line, u"required column %1 is missing"_s.arg(column.name));
        }
        // A good header names each column at most once: a row's value of a column is at
        // its position, found without a lookup by name for every row.
        for (const Column &column : columns)
            m_positionOfColumn.append(m_names.indexOf(column.name));
        return m_errors.isEmpty();
    }

    std::optional<PreparedRow> check(const CsvRecord &record)
    {
        if (record.fields.size() != m_names.size()) {
            fail(record.line, u"expected %1 values as in the header, found %2"_s.arg(m_names.size())
                                  .arg(record.fields.size()));
            return std::nullopt;
        }
        const RowValues values{m_columns, m_positionOfColumn, record.fields};
        const qsizetype errorsBefore = m_errors.size();
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (m_columns.at(i).required && values.at(i).isEmpty())
                fail(record.line, u"%1 is required"_s.arg(m_columns.at(i).name));
        }
        PreparedRow row{.line = record.line};
        if (m_kind == CsvImportKind::Activities)
            checkActivity(record.line, values, row);
        else
            checkRecord(record.line, values, row);
        if (m_errors.size() != errorsBefore)
            return std::nullopt;
        return row;
    }

private:
    void fail(int line, const QString &message)
    {
        m_errors.append(CsvImportError{.line = line, .message = message});
    }

    void checkRecord(int line, const RowValues &values, PreparedRow &row)
    {
        for (qsizetype i = 0; i < m_columns.size(); ++i) {
            if (const QString value = values.at(i); !value.isEmpty())
                row.fields.insert(m_columns.at(i).name, value);
        }
        const QString email = values.value(u"Email"_s);
        if (!email.isEmpty() && !isEmailAddress(email))
            fail(line, u"Email '%1' is not an email address"_s.arg(email));
    }

    void checkActivity(int line, const RowValues &values, PreparedRow &row)
    {
        const QString type = values.value(u"Type"_s).toLower();
        if (type == u"email"_s)
            row.isEmail = true;
        else if (type != u"call"_s && !type.isEmpty())
            fail(line, u"Type '%1' is neither call nor email"_s.arg(values.value(u"Type"_s)));
        row.fields.insert(u"Subject"_s, values.value(u"Subject"_s));
        row.fields.insert(u"Description"_s, values.value(u"Description"_s));

        const QString date = values.value(u"Date"_s);
        if (!date.isEmpty()) {
            row.occurredAt = parseWhen(date);
            row.dated = true;
            if (!row.occurredAt.isValid())
                fail(line, u"Date '%1' is not a date (YYYY-MM-DD) or a time "
                           "(YYYY-MM-DDTHH:MM[:SS][Z])"_s.arg(date));
        } else {
            row.occurredAt = QDateTime::currentDateTimeUtc();
        }

        const QString duration = values.value(u"DurationSeconds"_s);
        if (!duration.isEmpty()) {
            bool isNumber = false;
            const int seconds = duration.toInt(&isNumber);
            if (!isNumber || seconds < 0)
                fail(line,
                     u"DurationSeconds '%1' is not a whole number of seconds"_s.arg(duration));
            else
                row.durationSeconds = seconds;
        }

        const QString personId = values.value(u"PersonId"_s);
        const QString personEmail = values.value(u"PersonEmail"_s);
        if (!personId.isEmpty() && !personEmail.isEmpty())
            fail(line, u"give PersonEmail or PersonId, not both"_s);
        else if (!personId.isEmpty())
            row.personId = personById(line, personId);
        else if (!personEmail.isEmpty())
            row.personId = personByEmail(line, personEmail);
    }

    std::optional<qint64> personById(int line, const QString &text)
    {
        bool isNumber = false;
        const qint64 id = text.toLongLong(&isNumber);
        if (!isNumber || id <= 0) {
            fail(line, u"PersonId '%1' is not a record id"_s.arg(text));
            return std::nullopt;
        }
        const std::optional<LocalRecord> record = RecordStore(m_db).find(id);
        if (!record || record->kind != RecordKind::Person) {
            fail(line, u"PersonId %1 is not a person of this workspace"_s.arg(id));
            return std::nullopt;
        }
        return id;
    }

    std::optional<qint64> personByEmail(int line, const QString &email)
    {
        if (!isEmailAddress(email)) {
            fail(line, u"PersonEmail '%1' is not an email address"_s.arg(email));
            return std::nullopt;
        }
        QSqlQuery query(m_db);
        query.prepare(u"SELECT id FROM records WHERE kind = ? AND lower("_s +
                      SqlDialect(m_db).jsonFieldText(u"fields_json"_s, u"Email"_s) +
                      u") = lower(?)"_s);
        query.addBindValue(recordKindName(RecordKind::Person));
        query.addBindValue(email);
        QList<qint64> ids;
        if (query.exec()) {
            while (query.next())
                ids.append(query.value(0).toLongLong());
        }
        if (ids.size() != 1) {
            fail(line, ids.isEmpty()
                           ? u"PersonEmail '%1' matches no person of this workspace"_s.arg(email)
                           : u"PersonEmail '%1' matches %2 people"_s.arg(email).arg(ids.size()));
            return std::nullopt;
        }
        return ids.first();
    }

    QSqlDatabase m_db;
    CsvImportKind m_kind;
    const QList<Column> m_columns;
    QList<CsvImportError> &m_errors;
    QStringList m_names;                 // column name of each header position
    QList<qsizetype> m_positionOfColumn; // header position of each column, -1 if absent
};

// Parses and checks the whole file before anything is written. The parsed text is gone
// once the rows are built: a 200,000-row file need not be held twice while it is written.
QList<PreparedRow> checkedRows(const QSqlDatabase &db, CsvImportKind kind, const QByteArray &utf8,
                               QList<CsvImportError> &errors)
{
    const CsvReadResult csv = CsvReader::parse(utf8);
    if (!csv.ok()) {
        errors.append({.line = csv.error->line, .message = csv.error->message});
        return {};
    }
    if (csv.records.isEmpty()) {
        errors.append({.line = 0, .message = u"the file is empty: no header row"_s});
        return {};
    }
    RowChecker checker(db, kind, errors);
    if (!checker.readHeader(csv.records.first()))
        return {};
    QList<PreparedRow> rows;
    rows.reserve(csv.records.size() - 1);
    for (qsizetype i = 1; i < csv.records.size(); ++i) {
        const CsvRecord &record = csv.records.at(i);
        if (record.fields.size() == 1 && record.fields.first().trimmed().isEmpty())
            continue; // a blank line
        if (std::optional<PreparedRow> row = checker.check(record))
            rows.append(std::move(*row));
    }
    return rows;
}

} // namespace

QString CsvImportError::toString() const
{
    return line > 0 ? u"line %1: %2"_s.arg(line).arg(message) : message;
}

ImportResult CsvImport::importFile(CsvImportKind kind, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ImportResult{
            .errors = {
                {.line = 0, .message = u"cannot read %1: %2"_s.arg(path, file.errorString())}}};
    return importData(kind, file.readAll());
}

ImportResult CsvImport::importData(CsvImportKind kind, const QByteArray &utf8)
{
    ImportResult result;
    QList<PreparedRow> rows = checkedRows(m_db, kind, utf8, result.errors);
    if (!result.ok() || rows.isEmpty())
        return result;
    // Still before writing: which rows an earlier import already made.
    matchExisting(kind, rows, result.errors);
    if (!result.ok())
        return result;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const RecordKind recordKind =
        kind == CsvImportKind::People ? RecordKind::Person : RecordKind::Account;
    int failedLine = 0;
    int added = 0;
    int updated = 0;
    const bool written = inTransaction([&] {
        added = 0;
        updated = 0;
        // New rows go out a few hundred per statement, records before the outbox entries
        // that reference them; their ids are taken from here on (the transaction holds
        // the write lock, so nobody else takes them meanwhile).
        if (const QString lock = dialect().lockBeforeNumbering(u"records"_s);
            !lock.isEmpty() && !run(lock))
            return false;
        std::optional<qint64> nextId = nextRecordId();
        if (!nextId)
            return false;
        const QVariant importedAt = store_time::toColumn(now);
        NewRecordInsert newRecords(m_db, recordKindName(recordKind),
                                   recordSyncStateName(RecordSyncState::Pending), importedAt);
        MultiRowInsert newEntries(
            m_db, u"outbox"_s, {u"record_id"_s, u"field"_s, u"new_value"_s, u"queued_at"_s}, 500);
        newEntries.setBeforeWrite([&] { return newRecords.finish(); });
        // On SQLite the new records' entries are made from their stored fields by one
        // INSERT ... SELECT once the records are written, not a million rows sent over.
        const qint64 firstNewId = *nextId;
        const bool entriesFromRecords = dialect().isSqlite();
        MultiRowInsert newActivities(m_db, u"activities"_s,
                                     {u"external_id"_s, u"kind"_s, u"record_id"_s, u"subject"_s,
                                      u"body"_s, u"occurred_at"_s, u"sync_state"_s, u"created_at"_s,
                                      u"duration_seconds"_s});
        // New rows are written many per statement: a failure there (a full disk) is no
        // one line's, so it is reported for the file.
        auto failWith = [&](const TableAccess &writer) {
            takeErrorFrom(writer);
            failedLine = 0;
            return false;
        };
        for (const PreparedRow &row : std::as_const(rows)) {
            failedLine = row.line;
            if (kind == CsvImportKind::Activities && row.existingId) {
                const std::optional<bool> changed = updateActivity(*row.existingId, row);
                if (!changed)
                    return false;
                updated += *changed ? 1 : 0;
                continue;
            }
            if (row.existingId) {
                const std::optional<bool> changed = updateRecord(*row.existingId, row, now);
                if (!changed)
                    return false;
                updated += *changed ? 1 : 0;
                continue;
            }
            ++added;
            if (kind == CsvImportKind::Activities) {
                if (!newActivities.add(
                        {QString(u"csv-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces)),
                         row.isEmail ? u"email"_s : u"call"_s,
                         row.personId ? QVariant(*row.personId) : QVariant(),
                         row.fields.value(u"Subject"_s).toString(),
                         row.fields.value(u"Description"_s).toString(),
                         store_time::toColumn(row.occurredAt), u"pending"_s, importedAt,
                         row.durationSeconds ? QVariant(*row.durationSeconds) : QVariant()}))
                    return failWith(newActivities);
                continue;
            }
            // A new record has no outbox entries yet: nothing to replace, only to add.
            const qint64 id = (*nextId)++;
            if (!newRecords.add(id, compactJson(row.fields)))
                return failWith(newRecords);
            for (auto it = row.fields.begin(); !entriesFromRecords && it != row.fields.end();
                 ++it) {
                if (!newEntries.add(
                        {id, it.key(), OutboxStore::encodeValue(it.value()), importedAt}))
                    return failWith(newEntries.lastError().isEmpty()
                                        ? static_cast<const TableAccess &>(newRecords)
                                        : newEntries);
            }
        }
        if (!newRecords.finish())
            return failWith(newRecords);
        if (!newEntries.finish())
            return failWith(newEntries.lastError().isEmpty()
                                ? static_cast<const TableAccess &>(newRecords)
                                : newEntries);
        if (entriesFromRecords && *nextId > firstNewId) {
            OutboxStore outbox(m_db);
            if (!outbox.enqueueFieldsOfNewRecords(firstNewId, *nextId, now))
                return failWith(outbox);
        }
        if (!newActivities.finish())
            return failWith(newActivities);
        if (const QString numbering = dialect().numberingAfter(u"records"_s);
            *nextId > firstNewId && !numbering.isEmpty() && !run(numbering))
            return false;
        return true;
    });
    if (!written) {
        result.errors.append(
            {.line = failedLine,
             .message = u"could not be written, nothing was imported: %1"_s.arg(lastError())});
        return result;
    }
    result.rowsImported = int(rows.size());
    result.rowsAdded = added;
    result.rowsUpdated = updated;
    result.rowsUnchanged = result.rowsImported - added - updated;
    return result;
}

void CsvImport::matchExisting(CsvImportKind kind, QList<PreparedRow> &rows,
                              QList<CsvImportError> &errors) const
{
    const CsvImportMatch match(m_db);
    const auto fail = [&](int line, const QString &message) {
        errors.append(CsvImportError{.line = line, .message = message});
    };
    QHash<QString, int> lineOfKey;        // people and accounts: one row per record
    QHash<QString, int> occurrencesOfKey; // activities: the k-th identical row, the k-th match
    for (PreparedRow &row : rows) {
        if (kind == CsvImportKind::People) {
            const QString email = row.fields.value(u"Email"_s).toString().toLower();
            if (email.isEmpty())
                continue; // nothing to tell this person by: always added
            if (lineOfKey.contains(email)) {
                fail(row.line,
                     u"Email '%1' is also on line %2: a person appears once per file"_s.arg(email)
                         .arg(lineOfKey.value(email)));
                continue;
            }
            lineOfKey.insert(email, row.line);
            const QList<qint64> found = match.peopleByEmail(email);
            if (found.size() > 1)
                fail(row.line, u"Email '%1' matches %2 people of this workspace: cannot tell "
                               "which to update"_s.arg(email)
                                   .arg(found.size()));
            else if (found.size() == 1)
                row.existingId = found.first();
        } else if (kind == CsvImportKind::Accounts) {
            const QString name = row.fields.value(u"Name"_s).toString();
            const QString website = row.fields.value(u"Website"_s).toString();
            const QString domain = CsvImportMatch::websiteDomain(website);
            const QString key = domain.isEmpty() ? u"name:"_s + name.toLower() : u"web:"_s + domain;
            if (lineOfKey.contains(key)) {
                fail(row.line, u"the account '%1' is also on line %2: an account appears once "
                               "per file"_s.arg(name)
                                   .arg(lineOfKey.value(key)));
                continue;
            }
            lineOfKey.insert(key, row.line);
            const QList<qint64> found = match.accountsFor(name, website);
            if (found.size() > 1)
                fail(row.line, u"the account '%1' matches %2 accounts of this workspace: cannot "
                               "tell which to update"_s.arg(name)
                                   .arg(found.size()));
            else if (found.size() == 1)
                row.existingId = found.first();
        } else {
            const QString subject = row.fields.value(u"Subject"_s).toString();
            const QString body = row.fields.value(u"Description"_s).toString();
            const std::optional<QDateTime> when =
                row.dated ? std::optional<QDateTime>(row.occurredAt) : std::nullopt;
            const QString key =
                QStringList{row.personId ? QString::number(*row.personId) : QString(),
                            row.isEmail ? u"email"_s : u"call"_s,
                            when ? when->toString(Qt::ISODate) : body, subject}
                    .join(QChar(0));
            const int occurrence = occurrencesOfKey.value(key);
            occurrencesOfKey.insert(key, occurrence + 1);
            const QList<qint64> found =
                match.activities(row.personId, row.isEmail, when, subject, body);
            if (occurrence < found.size())
                row.existingId = found.at(occurrence);
        }
    }
}

std::optional<qint64> CsvImport::nextRecordId() const
{
    QSqlQuery query = prepared(u"SELECT COALESCE(MAX(id), 0) + 1 FROM records"_s);
    if (!run(query) || !query.next())
        return std::nullopt;
    return query.value(0).toLongLong();
}

std::optional<bool> CsvImport::updateRecord(qint64 id, const PreparedRow &row,
                                            const QDateTime &now) const
{
    const RecordStore records(m_db);
    const std::optional<LocalRecord> record = records.find(id);
    if (!record) {
        takeErrorFrom(records);
        return std::nullopt;
    }
    // Only what differs is a change; an empty cell clears nothing (as on first import).
    QJsonObject changed;
    for (auto it = row.fields.begin(); it != row.fields.end(); ++it) {
        const QJsonValue current = record->fields.value(it.key());
        if (current == it.value())
            continue;
        // Salesforce compares emails without case; so does the match that found this row.
        if (it.key() == u"Email"_s &&
            current.toString().compare(it.value().toString(), Qt::CaseInsensitive) == 0)
            continue;
        changed.insert(it.key(), it.value());
    }
    if (changed.isEmpty())
        return false;
    QJsonObject fields = record->fields;
    for (auto it = changed.begin(); it != changed.end(); ++it)
        fields.insert(it.key(), it.value());
    // As LocalChangeWriter::apply, inside this import's transaction.
    QSqlQuery update = prepared(u"UPDATE records SET fields_json = ?, sync_state = ?, "
                                "updated_at = ? WHERE id = ?"_s);
    update.addBindValue(QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)));
    update.addBindValue(recordSyncStateName(RecordSyncState::Pending));
    update.addBindValue(store_time::toColumn(now));
    update.addBindValue(id);
    if (!run(update))
        return std::nullopt;
    OutboxStore outbox(m_db);
    for (auto it = changed.begin(); it != changed.end(); ++it) {
        if (!outbox.enqueue(id, it.key(), it.value(), now)) {
            takeErrorFrom(outbox);
            return std::nullopt;
        }
    }
    return true;
}

std::optional<bool> CsvImport::updateActivity(qint64 id, const PreparedRow &row) const
{
    const ActivityStore activities(m_db);
    const std::optional<Activity> activity = activities.find(id);
    if (!activity) {
        takeErrorFrom(activities);
        return std::nullopt;
    }
    // Once logged (or on its way) the Task is Salesforce's: it is not sent a second time.
    if (activity->state == Activity::State::Synced || !activity->batchId.isEmpty())
        return false;
    const QString body = row.fields.value(u"Description"_s).toString();
    const std::optional<int> duration =
        row.durationSeconds ? row.durationSeconds : activity->durationSeconds;
    if (activity->body == body && activity->durationSeconds == duration)
        return false;
    QSqlQuery update =
        prepared(u"UPDATE activities SET body = ?, duration_seconds = ? WHERE id = ?"_s);
    update.addBindValue(body);
    update.addBindValue(duration ? QVariant(*duration) : QVariant());
    update.addBindValue(id);
    if (!run(update))
        return std::nullopt;
    return true;
}

} // namespace syncdesk

// `syncdesk-cli migrate --to`'s copy of a SQLite workspace into PostgreSQL (team mode, issue
// 15), against a throwaway cluster the tests start themselves.
#include "postgres_test.h"
#include "store/activity_store.h"
#include "store/api_call_ledger_store.h"
#include "store/conflict_store.h"
#include "store/database.h"
#include "store/failure_store.h"
#include "store/local_change_writer.h"
#include "store/postgres_database.h"
#include "store/record_store.h"
#include "store/schema_migrator.h"
#include "store/settings_store.h"
#include "store/workspace_copy.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimeZone>
#include <iostream>

using namespace syncdesk;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 11, 30), QTime(9, 15), Qt::UTC);

// Every row of a table as one text each (columns in the source's order, NULL told apart
// from empty text), sorted: the two backends need not hand rows back in the same order.
QStringList rowsOf(const QSqlDatabase &db, const QString &table, const QStringList &columns)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(u"SELECT "_s + columns.join(u", "_s) + u" FROM "_s + table))
        << query.lastError().text().toStdString();
    QStringList rows;
    while (query.next()) {
        QStringList cells;
        for (int i = 0; i < columns.size(); ++i)
            cells.append(query.isNull(i) ? u"<null>"_s : query.value(i).toString());
        rows.append(cells.join(u'|'));
    }
    rows.sort();
    return rows;
}

QStringList columnsOf(const QSqlDatabase &sqlite, const QString &table)
{
    QSqlQuery query(sqlite);
    EXPECT_TRUE(query.exec(u"SELECT name FROM pragma_table_info('%1')"_s.arg(table)));
    QStringList columns;
    while (query.next())
        columns.append(query.value(0).toString());
    return columns;
}

qint64 countOf(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    EXPECT_TRUE(query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
        << query.lastError().text().toStdString();
    return query.value(0).toLongLong();
}

class WorkspaceCopyTest : public syncdesk::test::PostgresTest
{
protected:
    void SetUp() override
    {
        PostgresTest::SetUp();
        ASSERT_TRUE(m_dir.isValid());
        m_path = m_dir.filePath(u"syncdesk.sqlite"_s);
        const DatabaseConnection source = Database::open(m_path);
        ASSERT_TRUE(source.ok()) << source.error->message.toStdString();
        m_source = source.db;
        QString error;
        const std::optional<DatabaseUrl> url = DatabaseUrl::parse(databaseUrl(), &error);
        ASSERT_TRUE(url) << error.toStdString();
        const DatabaseConnection target =
            PostgresDatabase::open(*url, rolePassword(), u"copy-target"_s);
        ASSERT_TRUE(target.ok()) << target.error->message.toStdString();
        m_target = target.db;
    }

    void TearDown() override
    {
        m_source = QSqlDatabase();
        m_target = QSqlDatabase();
        Database::closeForThisThread(m_path);
        PostgresDatabase::close(u"copy-target"_s);
    }

    // A workspace with a row or more in each table the issue names, ids with a gap.
    void fillSource()
    {
        RecordStore records(m_source);
        const std::optional<qint64> ada = records.insert(
            {.kind = RecordKind::Person,
             .fields = QJsonObject{{u"LastName"_s, u"Lovelace"_s}, {u"Title"_s, u"Countess"_s}}});
        const std::optional<qint64> gone =
            records.insert({.kind = RecordKind::Account, .fields = {{u"Name"_s, u"Gone"_s}}});
        const std::optional<qint64> zoe = records.mergeFromCrm(
            RecordKind::Person, u"Contact"_s, u"003000000000001AAA"_s,
            QJsonObject{{u"LastName"_s, u"Zoë \"Z\" O'Neil"_s}, {u"Age"_s, 41}});
        ASSERT_TRUE(ada && gone && zoe);
        QSqlQuery remove(m_source);
        ASSERT_TRUE(remove.exec(u"DELETE FROM records WHERE id = %1"_s.arg(*gone)));
        ASSERT_TRUE(LocalChangeWriter(m_source).apply(
            *ada, QJsonObject{{u"Title"_s, u"CTO"_s}, {u"Email"_s, u"ada@example.com"_s}}, T0));

        SyncFailure failure;
        failure.itemId = *ada;
        failure.category = FailureCategory::Validation;
        failure.sfStatusCode = u"REQUIRED_FIELD_MISSING"_s;
        failure.message = u"Required fields are missing: [LastName]"_s;
        failure.nextRetryAt = T0.addSecs(600);
        ASSERT_TRUE(FailureStore(m_source).add(failure));

        ASSERT_TRUE(ActivityStore(m_source).add({.externalId = u"call-17"_s,
                                                 .kind = Activity::Kind::Call,
                                                 .recordId = *zoe,
                                                 .subject = u"Call with Zoë"_s,
                                                 .occurredAt = T0,
                                                 .durationSeconds = 95}));
        ASSERT_TRUE(
            SettingsStore(m_source).setValue(SettingKeys::AlertContact, u"ops@example.com"_s));
        ASSERT_TRUE(ConflictStore(m_source).add({.recordId = *zoe,
                                                 .field = u"LastName"_s,
                                                 .localValue = u"O'Neil"_s,
                                                 .crmValue = u"Zoë \"Z\" O'Neil"_s,
                                                 .winner = SyncConflict::Winner::Crm,
                                                 .localChangedAt = T0,
                                                 .crmChangedAt = T0.addSecs(5),
                                                 .decidedAt = T0.addSecs(60)}));
        ApiCallRecord call;
        call.at = T0;
        call.category = CallCategory::OutboundUpdate;
        call.endpoint = u"/services/data/v62.0/composite"_s;
        call.httpStatus = 200;
        ASSERT_TRUE(ApiCallLedgerStore(m_source).record(call));
    }

    QStringList sourceTables() const
    {
        QSqlQuery query(m_source);
        EXPECT_TRUE(query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                               "NOT LIKE 'sqlite%' AND name <> 'schema_version'"_s));
        QStringList tables;
        while (query.next())
            tables.append(query.value(0).toString());
        return tables;
    }

    // Every table's rows on PostgreSQL, to see that a refused copy changed nothing.
    QMap<QString, QStringList> targetRows() const
    {
        QMap<QString, QStringList> rows;
        for (const QString &table : sourceTables())
            rows.insert(table, rowsOf(m_target, table, columnsOf(m_source, table)));
        return rows;
    }

    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_source;
    QSqlDatabase m_target;
};

TEST_F(WorkspaceCopyTest, CopiesEveryTableWithItsIdsAndValues)
{
    fillSource();
    const QStringList tables = sourceTables();
    for (const char *named : {"records", "outbox", "sync_failures", "activities", "settings",
                              "sync_conflicts", "api_calls"}) {
        ASSERT_TRUE(tables.contains(QLatin1StringView(named))) << named;
        EXPECT_GT(countOf(m_source, QLatin1StringView(named)), 0) << named;
    }

    QMap<QString, QStringList> sourceBefore;
    for (const QString &table : tables)
        sourceBefore.insert(table, rowsOf(m_source, table, columnsOf(m_source, table)));
    const WorkspaceCopyResult result = WorkspaceCopy(m_source, m_target).copy();
    ASSERT_TRUE(result.ok()) << result.message.toStdString();

    QStringList reported;
    for (const CopiedTable &copied : result.tables) {
        reported.append(copied.name);
        EXPECT_EQ(copied.rows, countOf(m_source, copied.name)) << copied.name.toStdString();
    }
    reported.sort();
    QStringList expected = tables;
    expected.sort();
    EXPECT_EQ(reported, expected);
    for (const QString &table : tables) {
        const QStringList columns = columnsOf(m_source, table);
        EXPECT_EQ(rowsOf(m_target, table, columns), rowsOf(m_source, table, columns))
            << table.toStdString();
        EXPECT_EQ(rowsOf(m_source, table, columns), sourceBefore.value(table))
            << table.toStdString();
    }
    // The workspace's install id came along (its external ids in the org carry it).
    EXPECT_EQ(SettingsStore(m_target).value(SettingKeys::InstallId),
              SettingsStore(m_source).value(SettingKeys::InstallId));
}

TEST_F(WorkspaceCopyTest, ASecondCopyIntoTheNowFullTargetIsRefusedAndChangesNothing)
{
    fillSource();
    ASSERT_TRUE(WorkspaceCopy(m_source, m_target).copy().ok());
    ASSERT_TRUE(RecordStore(m_source).insert(
        {.kind = RecordKind::Person, .fields = {{u"LastName"_s, u"Later"_s}}}));
    const QMap<QString, QStringList> before = targetRows();

    const WorkspaceCopyResult again = WorkspaceCopy(m_source, m_target).copy();
    EXPECT_EQ(again.outcome, WorkspaceCopyResult::Outcome::TargetNotEmpty);
    EXPECT_TRUE(again.message.contains(u"records (2 rows)"_s)) << again.message.toStdString();
    EXPECT_TRUE(again.tables.isEmpty());
    EXPECT_EQ(targetRows(), before);
}

TEST_F(WorkspaceCopyTest, ATargetHoldingAnotherApplicationsRowsIsRefused)
{
    fillSource();
    QSqlQuery other(m_target);
    ASSERT_TRUE(other.exec(u"CREATE TABLE invoices (id BIGINT PRIMARY KEY, total BIGINT)"_s));
    ASSERT_TRUE(other.exec(u"INSERT INTO invoices VALUES (1, 1200)"_s));

    const WorkspaceCopyResult result = WorkspaceCopy(m_source, m_target).copy();
    EXPECT_EQ(result.outcome, WorkspaceCopyResult::Outcome::TargetNotEmpty);
    EXPECT_TRUE(result.message.contains(u"invoices (1 row)"_s)) << result.message.toStdString();
    EXPECT_EQ(countOf(m_target, u"records"_s), 0);
}

TEST_F(WorkspaceCopyTest, TheStoreNumbersNewRowsPastTheCopiedIds)
{
    fillSource();
    QSqlQuery maxId(m_source);
    ASSERT_TRUE(maxId.exec(u"SELECT MAX(id) FROM records"_s) && maxId.next());
    const qint64 highest = maxId.value(0).toLongLong();
    ASSERT_TRUE(WorkspaceCopy(m_source, m_target).copy().ok());

    const std::optional<qint64> added = RecordStore(m_target).insert(
        {.kind = RecordKind::Person, .fields = {{u"LastName"_s, u"New"_s}}});
    ASSERT_TRUE(added);
    EXPECT_GT(*added, highest);
    const std::optional<qint64> call = ActivityStore(m_target).add(
        {.externalId = u"call-18"_s, .subject = u"Next call"_s, .occurredAt = T0});
    ASSERT_TRUE(call);
    EXPECT_GT(*call, 1);
}

TEST_F(WorkspaceCopyTest, AFailureMidwayLeavesTheTargetEmpty)
{
    fillSource();
    // The database refuses the outbox's rows, copied after the records they belong to.
    QSqlQuery refuse(m_target);
    ASSERT_TRUE(refuse.exec(u"CREATE FUNCTION refuse_outbox() RETURNS trigger LANGUAGE plpgsql "
                            "AS $$ BEGIN RAISE EXCEPTION 'no outbox here'; END $$"_s));
    ASSERT_TRUE(refuse.exec(u"CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox FOR EACH "
                            "ROW EXECUTE FUNCTION refuse_outbox()"_s));

    const WorkspaceCopyResult result = WorkspaceCopy(m_source, m_target).copy();
    EXPECT_EQ(result.outcome, WorkspaceCopyResult::Outcome::Failed);
    EXPECT_TRUE(result.message.contains(u"outbox"_s)) << result.message.toStdString();
    EXPECT_TRUE(result.message.contains(u"no outbox here"_s)) << result.message.toStdString();
    QString error;
    const std::optional<QStringList> withData =
        WorkspaceCopy::tablesWithData(m_target, SchemaMigrator::latestVersion(), &error);
    ASSERT_TRUE(withData) << error.toStdString();
    EXPECT_TRUE(withData->isEmpty()) << withData->join(u", "_s).toStdString();
}

TEST_F(WorkspaceCopyTest, LargeRowsAreSentInSeveralStatements)
{
    // Five cached describes of 1.5 MB each: more than one statement's worth of text.
    QSqlQuery insert(m_source);
    ASSERT_TRUE(insert.prepare(u"INSERT INTO describe_cache (sobject, fetched_at, body_json) "
                               "VALUES (?, 1764000000000, ?)"_s));
    for (int i = 0; i < 5; ++i) {
        insert.addBindValue(u"Object%1__c"_s.arg(i));
        insert.addBindValue(
            QString(u"{\"fields\":\""_s + QString(1'500'000, QChar(u'a' + i)) + u"\"}"_s));
        ASSERT_TRUE(insert.exec()) << insert.lastError().text().toStdString();
    }
    ASSERT_GT(5 * 1'500'000, WorkspaceCopy::kCharsPerStatement);

    const WorkspaceCopyResult result = WorkspaceCopy(m_source, m_target).copy();
    ASSERT_TRUE(result.ok()) << result.message.toStdString();
    const QStringList columns = columnsOf(m_source, u"describe_cache"_s);
    EXPECT_EQ(rowsOf(m_target, u"describe_cache"_s, columns),
              rowsOf(m_source, u"describe_cache"_s, columns));
}

// Figures: SYNCDESK_COPY_ROWS records, each with an outbox entry (20,000 by default;
// 200,000 for docs/team-mode.md's figure).
TEST_F(WorkspaceCopyTest, ALargeWorkspaceCopiesInBatches)
{
    const int rows = qEnvironmentVariableIsSet("SYNCDESK_COPY_ROWS")
                         ? qEnvironmentVariableIntValue("SYNCDESK_COPY_ROWS")
                         : 20'000;
    QSqlQuery fill(m_source);
    ASSERT_TRUE(m_source.transaction());
    ASSERT_TRUE(
        fill.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                  "INSERT INTO records (id, kind, crm_object, crm_id, fields_json, sync_state, "
                  "updated_at) SELECT i * 2, 'person', 'Contact', '003' || substr('00000000000000' "
                  "|| i, -15, 15), "
                  "json_object('LastName', 'Person ' || i, 'Email', 'p' || i || '@example.com', "
                  "'Title', 'Title ' || (i % 40)), 'synced', 1764000000000 + i FROM n"_s.arg(rows)))
        << fill.lastError().text().toStdString();
    ASSERT_TRUE(fill.exec(u"INSERT INTO outbox (record_id, field, new_value, queued_at) SELECT "
                          "id, 'Title', '\"CTO\"', updated_at FROM records"_s))
        << fill.lastError().text().toStdString();
    ASSERT_TRUE(m_source.commit());

    QElapsedTimer timer;
    timer.start();
    const WorkspaceCopyResult result = WorkspaceCopy(m_source, m_target).copy();
    const qint64 ms = timer.elapsed();
    ASSERT_TRUE(result.ok()) << result.message.toStdString();
    EXPECT_EQ(countOf(m_target, u"records"_s), rows);
    EXPECT_EQ(countOf(m_target, u"outbox"_s), rows);
    QSqlQuery highest(m_target);
    ASSERT_TRUE(highest.exec(u"SELECT MAX(id) FROM records"_s) && highest.next());
    EXPECT_EQ(highest.value(0).toLongLong(), 2LL * rows);
    std::cout << "[ figures  ] copied " << result.totalRows() << " rows (" << rows << " records, "
              << rows << " outbox entries) in " << ms << " ms" << std::endl;
}

} // namespace

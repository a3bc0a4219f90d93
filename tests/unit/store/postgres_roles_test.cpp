// Team mode's roles (packaging/team-mode-roles.sql) on a real PostgreSQL server: the script
// run with psql as the documentation says, login users in its viewer and admin groups, and
// the store classes the console's actions go through, connected as each. The database
// itself refuses a viewer's retry, dismiss, threshold and edit, and lets an admin's through.
#include "postgres_test.h"
#include "store/access_role_check.h"
#include "store/database.h"
#include "store/failure_store.h"
#include "store/local_change_writer.h"
#include "store/postgres_database.h"
#include "store/schema_migrator.h"
#include "store/settings_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;

namespace {

constexpr int kSeededThreshold = 12000;

class PostgresRoles : public test::PostgresTest
{
protected:
    void SetUp() override
    {
        PostgresTest::SetUp();
        if (HasFatalFailure())
            return;
        // The owner (the engine's role) creates the tables, as at a first start.
        m_owner = openAs(QString::fromLatin1(kRole), rolePassword(), u"owner"_s);
        ASSERT_TRUE(m_owner.isOpen());
        seed();
        runRolesScript();
    }

    void TearDown() override
    {
        m_owner = QSqlDatabase();
        for (const QString &name : std::as_const(m_connections))
            PostgresDatabase::close(name);
    }

    // Opens the store as `role` through PostgresDatabase::open, as a console would (or only
    // connects, for a user who may not even read the schema's version).
    QSqlDatabase openAs(const QString &role, const QByteArray &password, const QString &name,
                        bool migrate = true)
    {
        QString error;
        const std::optional<DatabaseUrl> url =
            DatabaseUrl::parse(cluster().url(role, databaseName()), &error);
        EXPECT_TRUE(url) << error.toStdString();
        if (!url)
            return {};
        const DatabaseConnection connection = migrate
                                                  ? PostgresDatabase::open(*url, password, name)
                                                  : PostgresDatabase::connect(*url, password, name);
        EXPECT_TRUE(connection.ok())
            << (connection.error ? connection.error->message.toStdString() : std::string());
        m_connections.append(name);
        return connection.db;
    }

    // A login role of its own (roles are the cluster's; each test makes new ones), member of
    // `group` unless that is empty.
    QSqlDatabase loginAs(const QString &group)
    {
        static int count = 0;
        const QString role = u"login_%1"_s.arg(++count);
        QString error;
        const QByteArray password = cluster().createRole(role, &error);
        EXPECT_FALSE(password.isEmpty()) << error.toStdString();
        if (!group.isEmpty())
            EXPECT_TRUE(cluster().superuserExec(u"GRANT %1 TO %2"_s.arg(group, role), &error))
                << error.toStdString();
        return openAs(role, password, role, !group.isEmpty());
    }

    // As docs/team-mode.md says: psql -d <database> -v ON_ERROR_STOP=1 -f team-mode-roles.sql, as a
    // superuser. Returns psql's exit code, its output in `output`.
    int psqlRolesScript(const QString &database, QString *output)
    {
        QProcess psql;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"PGPASSWORD"_s, QString::fromLatin1(cluster().superuserPassword()));
        psql.setProcessEnvironment(environment);
        psql.setProcessChannelMode(QProcess::MergedChannels);
        psql.start(test::PostgresCluster::binDir() + u"/psql"_s,
                   {u"-X"_s, u"-q"_s, u"-h"_s, cluster().host(), u"-p"_s,
                    QString::number(cluster().port()), u"-U"_s, test::PostgresCluster::superuser(),
                    u"-d"_s, database, u"-v"_s, u"ON_ERROR_STOP=1"_s, u"-f"_s,
                    QStringLiteral(SYNCDESK_TEAM_ROLES_SQL)});
        const bool finished = psql.waitForFinished(30000);
        *output = QString::fromLocal8Bit(psql.readAll()) + psql.errorString();
        if (!finished || psql.exitStatus() != QProcess::NormalExit)
            return -1;
        return psql.exitCode();
    }

    void runRolesScript()
    {
        QString output;
        ASSERT_EQ(psqlRolesScript(databaseName(), &output), 0) << output.toStdString();
    }

    // A person with an outbox entry held by each of two failures, and the threshold set.
    void seed()
    {
        ASSERT_TRUE(exec(m_owner, u"INSERT INTO records (kind, fields_json, sync_state, "
                                  "updated_at) VALUES ('person', '{\"Title\":\"Buyer\"}', "
                                  "'failed', 1)"_s));
        m_recordId = scalar(m_owner, u"SELECT MAX(id) FROM records"_s).toLongLong();
        FailureStore failures(m_owner);
        for (const QString &field : {u"Title"_s, u"Phone"_s}) {
            SyncFailure failure;
            failure.itemId = m_recordId;
            failure.category = FailureCategory::Validation;
            failure.message = u"FIELD_CUSTOM_VALIDATION_EXCEPTION"_s;
            failure.firstFailedAt = failure.lastTryAt = QDateTime::currentDateTimeUtc();
            failure.nextRetryAt = failure.firstFailedAt.addSecs(3600);
            const std::optional<qint64> id = failures.add(failure);
            ASSERT_TRUE(id) << failures.lastError().toStdString();
            m_failureIds.append(*id);
            ASSERT_TRUE(exec(
                m_owner, u"INSERT INTO outbox (record_id, field, new_value, "
                         "queued_at, failure_id) VALUES (%1, '%2', 'x', 1, %3)"_s.arg(m_recordId)
                             .arg(field)
                             .arg(*id)));
        }
        ASSERT_TRUE(SettingsStore(m_owner).setValue(SettingKeys::ThresholdCalls, kSeededThreshold));
    }

    static bool exec(const QSqlDatabase &db, const QString &sql, QString *error = nullptr)
    {
        QSqlQuery query(db);
        const bool ok = query.exec(sql);
        if (error)
            *error = query.lastError().text();
        return ok;
    }

    static QVariant scalar(const QSqlDatabase &db, const QString &sql)
    {
        QSqlQuery query(db);
        EXPECT_TRUE(query.exec(sql) && query.next())
            << query.lastError().text().toStdString() << " in " << sql.toStdString();
        return query.value(0);
    }

    // The owner's view of what the actions could change.
    qint64 failuresLeft()
    {
        return scalar(m_owner, u"SELECT COUNT(*) FROM sync_failures"_s).toLongLong();
    }
    qint64 outboxEntries()
    {
        return scalar(m_owner, u"SELECT COUNT(*) FROM outbox"_s).toLongLong();
    }
    qint64 heldEntries()
    {
        return scalar(m_owner, u"SELECT COUNT(*) FROM outbox WHERE failure_id IS NOT NULL"_s)
            .toLongLong();
    }
    QString recordFields()
    {
        return scalar(m_owner, u"SELECT fields_json FROM records WHERE id = %1"_s.arg(m_recordId))
            .toString();
    }

    QSqlDatabase m_owner;
    QStringList m_connections;
    qint64 m_recordId = 0;
    QList<qint64> m_failureIds;
};

TEST_F(PostgresRoles, AViewerReadsEverythingAndTheDatabaseRefusesItsActions)
{
    const QSqlDatabase viewer = loginAs(u"syncdesk_viewer"_s);
    ASSERT_TRUE(viewer.isOpen());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    // It reads the failures list and the settings as the tabs do.
    FailureStore failures(viewer);
    EXPECT_EQ(failures.all().size(), 2) << failures.lastError().toStdString();
    const std::optional<SyncFailure> first = failures.find(m_failureIds[0]);
    ASSERT_TRUE(first) << failures.lastError().toStdString();
    EXPECT_EQ(first->message, u"FIELD_CUSTOM_VALIDATION_EXCEPTION"_s);
    SettingsStore settings(viewer);
    EXPECT_EQ(settings.value(SettingKeys::ThresholdCalls), kSeededThreshold);
    EXPECT_TRUE(settings.lastError().isEmpty()) << settings.lastError().toStdString();

    // Retry (the button's clear of the backoff, and the release), dismiss, the threshold
    // dialog's save, a reset, an edit: each refused by the database, with its reason.
    EXPECT_FALSE(failures.clearBackoff({m_failureIds[0]}, now));
    EXPECT_TRUE(failures.lastError().contains(u"permission denied"_s))
        << failures.lastError().toStdString();
    EXPECT_FALSE(failures.release(m_failureIds[0]));
    EXPECT_TRUE(failures.lastError().contains(u"permission denied"_s))
        << failures.lastError().toStdString();
    EXPECT_FALSE(failures.dismiss(m_failureIds[1]));
    EXPECT_TRUE(failures.lastError().contains(u"permission denied"_s))
        << failures.lastError().toStdString();
    EXPECT_FALSE(settings.setValue(SettingKeys::ThresholdCalls, 500));
    EXPECT_TRUE(settings.lastError().contains(u"permission denied"_s))
        << settings.lastError().toStdString();
    EXPECT_FALSE(settings.reset(SettingKeys::ThresholdCalls));
    LocalChangeWriter writer(viewer);
    EXPECT_FALSE(writer.apply(m_recordId, QJsonObject{{u"Title"_s, u"CEO"_s}}));
    EXPECT_TRUE(writer.lastError().contains(u"permission denied"_s))
        << writer.lastError().toStdString();

    // Nothing changed, read back as the owner.
    EXPECT_EQ(failuresLeft(), 2);
    EXPECT_EQ(outboxEntries(), 2);
    EXPECT_EQ(heldEntries(), 2);
    EXPECT_EQ(scalar(m_owner, u"SELECT COUNT(*) FROM sync_failures WHERE next_retry_at > %1"_s.arg(
                                  now.toMSecsSinceEpoch()))
                  .toLongLong(),
              2);
    EXPECT_EQ(SettingsStore(m_owner).value(SettingKeys::ThresholdCalls), kSeededThreshold);
    EXPECT_EQ(recordFields(), u"{\"Title\":\"Buyer\"}"_s);

    // Nor can it make tables of its own, on any server version.
    QString error;
    EXPECT_FALSE(exec(viewer, u"CREATE TABLE mine (id INTEGER)"_s, &error));
    EXPECT_TRUE(error.contains(u"permission denied"_s)) << error.toStdString();
}

TEST_F(PostgresRoles, AnAdminsActionsGoThrough)
{
    const QSqlDatabase admin = loginAs(u"syncdesk_admin"_s);
    ASSERT_TRUE(admin.isOpen());

    FailureStore failures(admin);
    EXPECT_EQ(failures.all().size(), 2);
    EXPECT_TRUE(failures.clearBackoff({m_failureIds[0]}, QDateTime::currentDateTimeUtc()))
        << failures.lastError().toStdString();
    EXPECT_TRUE(failures.release(m_failureIds[0])) << failures.lastError().toStdString();
    EXPECT_TRUE(failures.dismiss(m_failureIds[1])) << failures.lastError().toStdString();
    SettingsStore settings(admin);
    EXPECT_TRUE(settings.setValue(SettingKeys::ThresholdCalls, 500))
        << settings.lastError().toStdString();
    LocalChangeWriter writer(admin);
    EXPECT_TRUE(writer.apply(m_recordId, QJsonObject{{u"Title"_s, u"CEO"_s}}))
        << writer.lastError().toStdString();

    // Read back as the owner: the retried failure's entry released, the dismissed one's
    // entry gone with it, the threshold stored, the edit queued.
    EXPECT_EQ(failuresLeft(), 0);
    EXPECT_EQ(heldEntries(), 0);
    EXPECT_EQ(scalar(m_owner, u"SELECT COUNT(*) FROM outbox WHERE field = 'Phone'"_s).toLongLong(),
              0);
    EXPECT_EQ(SettingsStore(m_owner).value(SettingKeys::ThresholdCalls), 500);
    EXPECT_EQ(QJsonDocument::fromJson(recordFields().toUtf8()).object().value(u"Title"_s),
              u"CEO"_s);

    // What only the engine writes stays the engine's.
    QString error;
    EXPECT_FALSE(exec(admin,
                      u"INSERT INTO usage_samples (sampled_at, used, max_allowed, source) VALUES "
                      "(1, 1, 1, 'header')"_s,
                      &error));
    EXPECT_TRUE(error.contains(u"permission denied"_s)) << error.toStdString();
}

TEST_F(PostgresRoles, TheRoleCheckTellsWhichOneTheUserIs)
{
    const QSqlDatabase viewer = loginAs(u"syncdesk_viewer"_s);
    const QSqlDatabase admin = loginAs(u"syncdesk_admin"_s);
    const QSqlDatabase stranger = loginAs(QString());
    const QSqlDatabase adminOfOldRights = loginAs(u"syncdesk_admin"_s);

    EXPECT_EQ(AccessRoleCheck(m_owner).current(), AccessRole::Owner);
    EXPECT_EQ(AccessRoleCheck(viewer).current(), AccessRole::Viewer);
    EXPECT_EQ(AccessRoleCheck(admin).current(), AccessRole::Admin);
    AccessRoleCheck strangers(stranger);
    EXPECT_EQ(strangers.current(), AccessRole::None) << strangers.lastError().toStdString();

    // Rights, not names: an admin group short of one write shows as a viewer.
    QString error;
    ASSERT_TRUE(exec(m_owner, u"REVOKE DELETE ON sync_failures FROM syncdesk_admin"_s, &error))
        << error.toStdString();
    EXPECT_EQ(AccessRoleCheck(adminOfOldRights).current(), AccessRole::Viewer);

    // A SQLite workspace is its user's own.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"syncdesk.sqlite"_s);
    {
        const DatabaseConnection sqlite = Database::open(path);
        ASSERT_TRUE(sqlite.ok());
        EXPECT_EQ(AccessRoleCheck(sqlite.db).current(), AccessRole::Owner);
    }
    Database::closeForThisThread(path);
}

TEST_F(PostgresRoles, TablesOfLaterStepsAreReadableByBothAndWritableByNeither)
{
    // A later migration, run by the owner after the script.
    QString error;
    ASSERT_TRUE(exec(m_owner,
                     u"CREATE TABLE later_step (id BIGINT GENERATED BY DEFAULT AS IDENTITY "
                     "PRIMARY KEY, note TEXT)"_s,
                     &error))
        << error.toStdString();
    ASSERT_TRUE(exec(m_owner, u"INSERT INTO later_step (note) VALUES ('from the engine')"_s));

    for (const QString &group : {u"syncdesk_viewer"_s, u"syncdesk_admin"_s}) {
        SCOPED_TRACE(group.toStdString());
        const QSqlDatabase db = loginAs(group);
        EXPECT_EQ(scalar(db, u"SELECT note FROM later_step"_s).toString(), u"from the engine"_s);
        EXPECT_EQ(scalar(db, u"SELECT last_value FROM later_step_id_seq"_s).toLongLong(), 1);
        EXPECT_FALSE(exec(db, u"INSERT INTO later_step (note) VALUES ('console')"_s, &error));
        EXPECT_TRUE(error.contains(u"permission denied"_s)) << error.toStdString();
    }
}

TEST_F(PostgresRoles, OnlyTheOwnerUpgradesTheDatabaseAndTheOthersAreToldSo)
{
    // A database one step behind this SyncDesk (the owner has not started the new version
    // yet), with the roles of the older one.
    const QString older = u"one_step_behind"_s;
    QString error;
    ASSERT_TRUE(cluster().createDatabase(older, QString::fromLatin1(kRole), &error))
        << error.toStdString();
    const std::optional<DatabaseUrl> ownerUrl =
        DatabaseUrl::parse(cluster().url(QString::fromLatin1(kRole), older), &error);
    ASSERT_TRUE(ownerUrl) << error.toStdString();
    const int behind = SchemaMigrator::latestVersion() - 1;
    {
        const DatabaseConnection owner =
            PostgresDatabase::open(*ownerUrl, rolePassword(), u"older-owner"_s, behind);
        ASSERT_TRUE(owner.ok()) << owner.error->message.toStdString();
    }
    PostgresDatabase::close(u"older-owner"_s);
    QString output;
    ASSERT_EQ(psqlRolesScript(older, &output), 0) << output.toStdString();

    const QString admin = u"admin_of_older"_s;
    const QByteArray password = cluster().createRole(admin, &error);
    ASSERT_FALSE(password.isEmpty()) << error.toStdString();
    ASSERT_TRUE(cluster().superuserExec(u"GRANT syncdesk_admin TO %1"_s.arg(admin), &error))
        << error.toStdString();
    const std::optional<DatabaseUrl> adminUrl =
        DatabaseUrl::parse(cluster().url(admin, older), &error);
    ASSERT_TRUE(adminUrl) << error.toStdString();

    DatabaseConnection refused = PostgresDatabase::open(*adminUrl, password, u"older-admin"_s);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error->kind, StoreError::Kind::MigrationFailed);
    EXPECT_TRUE(refused.error->message.contains(
        u"Only the owner of its tables (syncdesk) can upgrade it"_s))
        << refused.error->message.toStdString();

    // The owner upgrades; the admin then opens it.
    {
        const DatabaseConnection owner =
            PostgresDatabase::open(*ownerUrl, rolePassword(), u"older-owner"_s);
        ASSERT_TRUE(owner.ok()) << owner.error->message.toStdString();
    }
    {
        const DatabaseConnection opened =
            PostgresDatabase::open(*adminUrl, password, u"older-admin"_s);
        EXPECT_TRUE(opened.ok()) << opened.error->message.toStdString();
        EXPECT_EQ(opened.schemaVersion, SchemaMigrator::latestVersion());
    }
    PostgresDatabase::close(u"older-admin"_s);

    // A database newer than this SyncDesk is named as such to them too, not as a refusal.
    ASSERT_TRUE(exec(QSqlDatabase::database(u"older-owner"_s),
                     u"INSERT INTO schema_version (version, applied_at) VALUES (9999, 0)"_s,
                     &error))
        << error.toStdString();
    PostgresDatabase::close(u"older-owner"_s);
    const DatabaseConnection newer = PostgresDatabase::open(*adminUrl, password, u"older-admin"_s);
    ASSERT_FALSE(newer.ok());
    EXPECT_EQ(newer.error->kind, StoreError::Kind::TooNew) << newer.error->message.toStdString();
    PostgresDatabase::close(u"older-admin"_s);
}

TEST_F(PostgresRoles, TheScriptRefusesADatabaseWithoutSyncDeskTables)
{
    QString error;
    ASSERT_TRUE(cluster().createDatabase(u"not_started_yet"_s, QString::fromLatin1(kRole), &error))
        << error.toStdString();
    QString output;
    EXPECT_NE(psqlRolesScript(u"not_started_yet"_s, &output), 0);
    EXPECT_TRUE(output.contains(u"has no SyncDesk tables yet"_s)) << output.toStdString();
}

TEST_F(PostgresRoles, RunningTheScriptAgainChangesNothing)
{
    runRolesScript();
    const QSqlDatabase viewer = loginAs(u"syncdesk_viewer"_s);
    const QSqlDatabase admin = loginAs(u"syncdesk_admin"_s);
    EXPECT_EQ(AccessRoleCheck(viewer).current(), AccessRole::Viewer);
    EXPECT_EQ(AccessRoleCheck(admin).current(), AccessRole::Admin);
    EXPECT_FALSE(SettingsStore(viewer).setValue(SettingKeys::ThresholdCalls, 1));
    EXPECT_TRUE(SettingsStore(admin).setValue(SettingKeys::ThresholdCalls, 1));
}

} // namespace

// `syncdesk-cli migrate --to postgresql://…`: a single admin's SQLite workspace copied into a
// new PostgreSQL database for team mode (issue 15). The workspace itself is only read.
#include "cli_commands.h"
#include "cli_context.h"
#include "secrets/app_secret_store.h"
#include "secrets/database_password.h"
#include "secrets/secret_store.h"
#include "store/database.h"
#include "store/database_url.h"
#include "store/postgres_database.h"
#include "store/schema_migrator.h"
#include "store/workspace_copy.h"
#include "sync/engine_lock.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("MigrateCommand", text, disambiguation, n);
}

const QString kTargetConnection = u"syncdesk-migrate-target"_s;

int copyInto(CliContext &context, const DatabaseUrl &url, const QSqlDatabase &source)
{
    QString error;
    const std::unique_ptr<SecretStore> secrets = openAppSecretStore();
    const std::optional<QByteArray> password = DatabasePassword::read(*secrets, url, &error);
    if (!password)
        return context.fail(ExitRemote, error);

    // Data already there is refused before the schema steps run, so they change nothing.
    DatabaseConnection target = PostgresDatabase::connect(url, *password, kTargetConnection);
    if (!target.ok())
        return context.fail(ExitRemote, target.error->message);
    if (const int version = target.schemaVersion; version > SchemaMigrator::latestVersion()) {
        target = {};
        PostgresDatabase::close(kTargetConnection);
        return context.fail(ExitInvalidInput,
                            tr("%1 was made by a newer SyncDesk (schema step %2; this one "
                               "knows %3). Nothing was changed.")
                                .arg(url.displayString())
                                .arg(version)
                                .arg(SchemaMigrator::latestVersion()));
    }
    const std::optional<QStringList> withData =
        WorkspaceCopy::tablesWithData(target.db, target.schemaVersion, &error);
    if (!withData || !withData->isEmpty()) {
        target = {};
        PostgresDatabase::close(kTargetConnection);
        if (!withData)
            return context.fail(ExitRemote, error);
        return context.fail(ExitInvalidInput,
                            tr("%1 already holds data: %2. Nothing was changed; migrate into a "
                               "new, empty database.")
                                .arg(url.displayString(), withData->join(u", "_s)));
    }
    target = {};
    PostgresDatabase::close(kTargetConnection);
    target = PostgresDatabase::open(url, *password, kTargetConnection);
    if (!target.ok())
        return context.fail(ExitRemote, target.error->message);

    const WorkspaceCopyResult result = WorkspaceCopy(source, target.db).copy();
    target = {};
    PostgresDatabase::close(kTargetConnection);
    switch (result.outcome) {
    case WorkspaceCopyResult::Outcome::Copied:
        break;
    case WorkspaceCopyResult::Outcome::TargetNotEmpty:
    case WorkspaceCopyResult::Outcome::SchemaMismatch:
        return context.fail(ExitInvalidInput, result.message);
    case WorkspaceCopyResult::Outcome::Failed:
        return context.fail(ExitRemote, result.message + u'\n' +
                                            tr("Nothing was copied: the target was rolled back."));
    }

    const QLocale english(QLocale::English);
    QTextStream &out = context.out();
    for (const CopiedTable &table : result.tables)
        out << u"  "_s << table.name.leftJustified(24)
            << english.toString(table.rows).rightJustified(12) << u'\n';
    out << tr("Copied %1 rows in %2 tables into %3 in %4 s. The workspace %5 is unchanged.")
               .arg(english.toString(result.totalRows()))
               .arg(result.tables.size())
               .arg(url.displayString(), english.toString(result.elapsedMs / 1000.0, 'f', 1),
                    context.paths().databasePath())
        << Qt::endl;
    return ExitOk;
}

} // namespace

int runMigrate(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli migrate --to postgresql://user@host:port/database: copies this "
           "workspace (the SQLite file of --data-dir or --database) into a PostgreSQL database "
           "for team mode: every table, with its ids, in one transaction. The database is "
           "brought to the current schema first and must hold no data; the password is read "
           "from the keychain (entry database_password/user@host:port). The workspace is only "
           "read, and no engine may run on it meanwhile."));
    const QCommandLineOption to(u"to"_s, tr("The PostgreSQL database to copy into."), u"URL"_s);
    parser.addOption(to);
    if (const auto stop = context.parse(parser, args))
        return *stop;
    if (!parser.isSet(to))
        return context.fail(ExitUsage, tr("Name the database to copy into: syncdesk-cli migrate "
                                          "--to postgresql://user@host:port/database"));
    QString error;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(parser.value(to), &error);
    if (!url)
        return context.fail(ExitInvalidInput, error);
    if (!url->isPostgreSql())
        return context.fail(ExitInvalidInput,
                            tr("--to names a PostgreSQL database (postgresql://…), not %1.")
                                .arg(url->displayString()));

    const QString path = context.paths().databasePath();
    if (Database::isServerLocation(path))
        return context.fail(ExitInvalidInput,
                            tr("migrate copies a SQLite workspace into PostgreSQL; --database "
                               "already names a server. Give the workspace's file or folder "
                               "instead (--data-dir)."));
    if (!QFileInfo::exists(path))
        return context.fail(ExitNoData, tr("There is no workspace at %1 to migrate.").arg(path));
    EngineLock lock(context.paths().engineLockPath());
    if (!lock.acquire()) {
        const std::optional<qint64> holder = lock.holderPid();
        return context.fail(ExitNoData,
                            tr("A SyncDesk engine is running on %1%2: stop it (and the desktop "
                               "app) before migrating.")
                                .arg(context.paths().dataDir(),
                                     holder ? tr(" (process %1)").arg(*holder) : QString()));
    }
    // Opened without the schema steps: the workspace is not written to.
    DatabaseConnection source = Database::forThisThread(path);
    if (!source.ok())
        return context.fail(
            ExitNoData, tr("Cannot open the workspace %1: %2").arg(path, source.error->message));
    int code = ExitOk;
    if (source.schemaVersion > SchemaMigrator::latestVersion())
        code = context.fail(ExitInvalidInput,
                            tr("The workspace %1 was made by a newer SyncDesk (schema step %2; "
                               "this one knows %3).")
                                .arg(path)
                                .arg(source.schemaVersion)
                                .arg(SchemaMigrator::latestVersion()));
    else if (source.schemaVersion < SchemaMigrator::latestVersion())
        code = context.fail(ExitInvalidInput,
                            tr("The workspace %1 is at schema step %2 and this syncdesk-cli "
                               "writes step %3: open it once with this version (syncdesk-cli "
                               "status), then migrate.")
                                .arg(path)
                                .arg(source.schemaVersion)
                                .arg(SchemaMigrator::latestVersion()));
    else
        code = copyInto(context, *url, source.db);
    source = {};
    Database::closeForThisThread(path);
    return code;
}

} // namespace syncdesk::cli

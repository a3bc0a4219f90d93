#pragma once

#include <QCommandLineOption>
#include <QString>
#include <optional>

namespace syncdesk {

// Where one SyncDesk state lives: the database, the engine lock and anything else both
// programs share. `--data-dir DIR` picks another folder, so that scripts, tests and a
// second profile never meet the admin's own state.
class AppPaths
{
public:
    // --data-dir DIR, for the QCommandLineParser of syncdesk and syncdesk-cli.
    static QCommandLineOption dataDirOption();
    // ~/.local/share/SyncDesk on Linux: the same for syncdesk and syncdesk-cli.
    static QString defaultDataDir();

    // The folder asked for (empty: the default), made absolute and created if missing.
    // nullopt, with a sentence for the admin in `error`, when it cannot be created or is
    // not a writable folder.
    static std::optional<AppPaths> prepare(const QString &requestedDir, QString *error = nullptr);

    QString dataDir() const { return m_dataDir; }
    // dataDir()/syncdesk.sqlite, or the SQLite file given with --database.
    QString databasePath() const;
    void setDatabasePath(const QString &path) { m_databasePath = path; }
    // The QLockFile held by whichever program runs the sync engine: only one may.
    QString engineLockPath() const;

private:
    explicit AppPaths(QString dataDir);

    QString m_dataDir;
    QString m_databasePath;
};

} // namespace syncdesk

#include "app_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {
// lupdate sees this context; a plain tr() helper here would file the strings
// under the namespace instead of the context the code asks for at run time.
struct AppPathsText
{
    Q_DECLARE_TR_FUNCTIONS(AppPaths)
};
} // namespace

AppPaths::AppPaths(QString dataDir)
    : m_dataDir(std::move(dataDir))
{}

QCommandLineOption AppPaths::dataDirOption()
{
    return QCommandLineOption(
        u"data-dir"_s,
        AppPathsText::tr("Keep SyncDesk's state (database, engine lock) in <dir> instead of the "
                         "user's application data folder."),
        u"dir"_s);
}

QString AppPaths::defaultDataDir()
{
    // Not AppDataLocation: that follows each program's application name, and the desktop
    // app and the CLI must find the same state.
    const QString shared = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return shared.isEmpty() ? QString() : QDir(shared).filePath(QStringLiteral("SyncDesk"));
}

std::optional<AppPaths> AppPaths::prepare(const QString &requestedDir, QString *error)
{
    const QString wanted = requestedDir.isEmpty() ? defaultDataDir() : requestedDir;
    if (wanted.isEmpty()) {
        if (error)
            *error = AppPathsText::tr("No application data folder is known for this user: "
                                      "give one with --data-dir.");
        return std::nullopt;
    }
    const QString absolute = QDir::cleanPath(QFileInfo(wanted).absoluteFilePath());
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = AppPathsText::tr("The data folder %1 is a file, not a folder.").arg(absolute);
        return std::nullopt;
    }
    if (!info.exists() && !QDir().mkpath(absolute)) {
        if (error)
            *error = AppPathsText::tr("Cannot create the data folder %1: check that its parent "
                                      "exists and that you may write to it.")
                         .arg(absolute);
        return std::nullopt;
    }
    if (!QFileInfo(absolute).isWritable()) {
        if (error)
            *error = AppPathsText::tr("The data folder %1 is not writable.").arg(absolute);
        return std::nullopt;
    }
    return AppPaths(absolute);
}

QString AppPaths::databasePath() const
{
    if (!m_databasePath.isEmpty())
        return m_databasePath;
    return QDir(m_dataDir).filePath(u"syncdesk.sqlite"_s);
}

QString AppPaths::engineLockPath() const
{
    return QDir(m_dataDir).filePath(u"engine.lock"_s);
}

} // namespace syncdesk

#include "app_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {
QString translated(const char *text)
{
    return QCoreApplication::translate("AppPaths", text);
}
} // namespace

AppPaths::AppPaths(QString dataDir)
    : m_dataDir(std::move(dataDir))
{}

QCommandLineOption AppPaths::dataDirOption()
{
    return QCommandLineOption(
        u"data-dir"_s,
        translated("Keep SyncDesk's state (database, engine lock) in <dir> instead of the "
                   "user's application data folder."),
        u"dir"_s);
}

QString AppPaths::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

std::optional<AppPaths> AppPaths::prepare(const QString &requestedDir, QString *error)
{
    const QString wanted = requestedDir.isEmpty() ? defaultDataDir() : requestedDir;
    if (wanted.isEmpty()) {
        if (error)
            *error = translated("No application data folder is known for this user: "
                                "give one with --data-dir.");
        return std::nullopt;
    }
    const QString absolute = QDir::cleanPath(QFileInfo(wanted).absoluteFilePath());
    const QFileInfo info(absolute);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = translated("The data folder %1 is a file, not a folder.").arg(absolute);
        return std::nullopt;
    }
    if (!info.exists() && !QDir().mkpath(absolute)) {
        if (error)
            *error = translated("Cannot create the data folder %1: check that its parent "
                                "exists and that you may write to it.")
                         .arg(absolute);
        return std::nullopt;
    }
    if (!QFileInfo(absolute).isWritable()) {
        if (error)
            *error = translated("The data folder %1 is not writable.").arg(absolute);
        return std::nullopt;
    }
    return AppPaths(absolute);
}

QString AppPaths::databasePath() const
{
    return QDir(m_dataDir).filePath(u"syncdesk.sqlite"_s);
}

QString AppPaths::engineLockPath() const
{
    return QDir(m_dataDir).filePath(u"engine.lock"_s);
}

} // namespace syncdesk

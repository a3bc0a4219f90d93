#include "team_database_choice.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui::TeamDatabaseChoice {

namespace {

QString filePath(const AppPaths &paths)
{
    return QDir(paths.dataDir()).filePath(u"team-database.url"_s);
}

} // namespace

QString saved(const AppPaths &paths)
{
    QFile file(filePath(paths));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readLine()).trimmed();
}

bool save(const AppPaths &paths, const QString &url, QString *error)
{
    QSaveFile file(filePath(paths));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(url.toUtf8() + '\n');
        if (file.commit())
            return true;
    }
    if (error)
        *error = file.errorString();
    return false;
}

} // namespace syncdesk::ui::TeamDatabaseChoice

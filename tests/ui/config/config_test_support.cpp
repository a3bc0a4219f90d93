#include "config_test_support.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::testing {

namespace {

// gtest_discover_tests runs this binary at build time, outside ctest's ENVIRONMENT,
// where there may be no display: default to offscreen before main() makes the app.
const bool kOffscreenByDefault = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return true;
}();

} // namespace

TempStore::TempStore()
    : m_path(m_dir.filePath(u"syncdesk.sqlite"_s))
    , m_connection(Database::open(m_path))
{}

TempStore::~TempStore()
{
    m_connection.db = QSqlDatabase();
    Database::closeForThisThread(m_path);
}

QString screenshotPath(const QString &name)
{
    return QCoreApplication::applicationDirPath() + u'/' + name;
}

} // namespace syncdesk::testing

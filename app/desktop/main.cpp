// The desktop app: parses the command line, builds the window and the
// connector it follows, and hands over to the event loop.
#include "app_paths.h"
#include "app_translations.h"
#include "desktop_session.h"
#include "store/database_url.h"
#include "team_database_choice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::Literals::StringLiterals;

namespace {

struct DesktopOptions
{
    QCommandLineOption sandbox{
        u"sandbox"_s,
        QCoreApplication::translate("main", "Start a private sandbox org and connect to it.")};
    QCommandLineOption quietSandbox{
        u"quiet-sandbox"_s,
        QCoreApplication::translate("main", "Do not simulate other integrations and CRM users "
                                            "in the sandbox org.")};
    QCommandLineOption dataDir = syncdesk::AppPaths::dataDirOption();
    QCommandLineOption database = syncdesk::DatabaseUrl::commandLineOption();
};

void describeApplication()
{
    QCoreApplication::setApplicationName(u"SyncDesk"_s);
    QCoreApplication::setOrganizationName(u"SyncDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));
}

void setUpParser(QCommandLineParser &parser, const DesktopOptions &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Desktop console for the admins of a Salesforce sync connector."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.sandbox);
    parser.addOption(options.quietSandbox);
    parser.addOption(options.dataDir);
    parser.addOption(options.database);
}

// --help and --version must work where there is no display, so they are
// answered before a QApplication needs one.
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" ||
            arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        QCommandLineParser parser;
        const DesktopOptions options;
        setUpParser(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    describeApplication();
    syncdesk::ui::installAppTranslations(app, QLocale());
    QApplication::setWindowIcon(QIcon(u":/syncdesk/syncdesk.svg"_s));
    QGuiApplication::setDesktopFileName(u"com.syncdesk.SyncDesk"_s);
    QCommandLineParser parser;
    const DesktopOptions options;
    setUpParser(parser, options);
    parser.process(app);

    QString error;
    std::optional<syncdesk::AppPaths> paths =
        syncdesk::AppPaths::prepare(parser.value(options.dataDir), &error);
    if (!paths) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SyncDesk"), error);
        return 1;
    }
    QString teamDatabase; // a PostgreSQL URL: this window is a team-mode console
    if (parser.isSet(options.database)) {
        const std::optional<syncdesk::DatabaseUrl> database =
            syncdesk::DatabaseUrl::parse(parser.value(options.database), &error);
        if (!database) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SyncDesk"), error);
            return 1;
        }
        if (database->isPostgreSql())
            teamDatabase = parser.value(options.database);
        else
            paths->setDatabasePath(database->sqlitePath());
    }
    syncdesk::ui::DesktopSession session(*paths);
    syncdesk::ui::DesktopSession::Options sessionOptions;
    // Without --database: the team database joined in the first-run dialog, if any.
    sessionOptions.teamDatabase = parser.isSet(options.database)
                                      ? teamDatabase
                                      : syncdesk::ui::TeamDatabaseChoice::saved(*paths);
    sessionOptions.sandboxOrg = parser.isSet(options.sandbox);
    sessionOptions.livelySandbox = !parser.isSet(options.quietSandbox);
    if (!session.start(sessionOptions, &error)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "SyncDesk"), error);
        return 1;
    }
    return QApplication::exec();
}

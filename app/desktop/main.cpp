// The desktop app: parses the command line, builds the window and the
// connector it follows, and hands over to the event loop.
#include "main_window.h"
#include "sandbox/sandbox_org_connector.h"

#include <QApplication>
#include <QCommandLineParser>
#include <memory>

using namespace Qt::Literals::StringLiterals;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SyncDesk"_s);
    QApplication::setOrganizationName(u"SyncDesk"_s);
    QApplication::setApplicationVersion(QStringLiteral(SYNCDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for the admins of a Salesforce sync "
                                        "connector."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        u"sandbox"_s, QApplication::translate("main", "Start a private sandbox org and connect "
                                                      "to it."));
    const QCommandLineOption quietSandboxOption(
        u"quiet-sandbox"_s,
        QApplication::translate("main", "Do not simulate other integrations and CRM users in "
                                        "the sandbox org."));
    parser.addOption(sandboxOption);
    parser.addOption(quietSandboxOption);
    parser.process(app);

    syncdesk::ui::MainWindow window;
    std::unique_ptr<syncdesk::SandboxOrgConnector> connector;
    if (parser.isSet(sandboxOption)) {
        syncdesk::SandboxOrgConnector::Options options;
        options.simulateLivelyOrg = !parser.isSet(quietSandboxOption);
        connector = std::make_unique<syncdesk::SandboxOrgConnector>(options);
        window.follow(connector.get());
    }
    window.show();
    if (connector)
        connector->start();
    const int exitCode = QApplication::exec();
    // The org goes before the window so that its last signals reach nothing.
    connector.reset();
    return exitCode;
}

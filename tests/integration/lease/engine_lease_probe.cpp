// A stand-in engine for the lease tests: holds or waits for one org's engine lease on a
// PostgreSQL server and says what happens, one line at a time on stdout:
//   STANDBY <why>   HOLDING session=<backend pid> at=<ms since epoch>   LOST <why>
// The password is read from stdin's first line (never an argument: ps would show it).
//   engine_lease_probe URL ORG_ID
#include "store/database_url.h"
#include "sync/engine_lease.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTextStream>
#include <cstdio>
#include <iostream>
#include <string>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() != 3) {
        std::cerr << "usage: engine_lease_probe URL ORG_ID (password on stdin)\n";
        return 2;
    }
    QString error;
    const std::optional<syncdesk::DatabaseUrl> url =
        syncdesk::DatabaseUrl::parse(arguments[1], &error);
    if (!url) {
        std::cerr << error.toStdString() << '\n';
        return 2;
    }
    std::string password;
    std::getline(std::cin, password);

    auto say = [](const QString &line) { std::cout << line.toStdString() << std::endl; };
    syncdesk::EngineLease lease(*url, QByteArray::fromStdString(password), arguments[2]);
    QObject::connect(&lease, &syncdesk::EngineLease::acquired, &app, [&] {
        say(QStringLiteral("HOLDING session=%1 at=%2")
                .arg(lease.backendPid())
                .arg(QDateTime::currentMSecsSinceEpoch()));
    });
    QObject::connect(&lease, &syncdesk::EngineLease::lost, &app,
                     [&](const QString &why) { say(QStringLiteral("LOST ") + why.simplified()); });
    QObject::connect(&lease, &syncdesk::EngineLease::standby, &app, [&](const QString &why) {
        say(QStringLiteral("STANDBY ") + why.simplified());
    });
    lease.start();
    return app.exec();
}

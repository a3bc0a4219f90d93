#pragma once

#include "postgres_cluster.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>

namespace syncdesk::test {

// Runs packaging/team-mode-roles.sql on `database` as docs/team-mode.md says (psql -v
// ON_ERROR_STOP=1 -f …, as a superuser), creating the syncdesk_viewer and syncdesk_admin
// groups. psql's exit code; its output in `output`. Needs SYNCDESK_TEAM_ROLES_SQL defined.
inline int runTeamRolesScript(const PostgresCluster &cluster, const QString &database,
                              QString *output)
{
    QProcess psql;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("PGPASSWORD"),
                       QString::fromLatin1(cluster.superuserPassword()));
    psql.setProcessEnvironment(environment);
    psql.setProcessChannelMode(QProcess::MergedChannels);
    psql.start(PostgresCluster::binDir() + QStringLiteral("/psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-h"), cluster.host(),
                QStringLiteral("-p"), QString::number(cluster.port()), QStringLiteral("-U"),
                PostgresCluster::superuser(), QStringLiteral("-d"), database, QStringLiteral("-v"),
                QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"),
                QStringLiteral(SYNCDESK_TEAM_ROLES_SQL)});
    const bool finished = psql.waitForFinished(30000);
    *output = QString::fromLocal8Bit(psql.readAll()) + psql.errorString();
    if (!finished || psql.exitStatus() != QProcess::NormalExit)
        return -1;
    return psql.exitCode();
}

} // namespace syncdesk::test

#include "store/team_events.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::TeamEvents {

QString commandEvent(qint64 commandId)
{
    return u"command:"_s + QString::number(commandId);
}

bool notify(QSqlDatabase db, QLatin1StringView channel, const QString &payload, QString *error)
{
    if (db.driverName() != u"QPSQL"_s)
        return true;
    QSqlQuery query(db);
    query.prepare(u"SELECT pg_notify(?, ?)"_s);
    query.addBindValue(QString(channel));
    query.addBindValue(payload);
    if (query.exec())
        return true;
    if (error)
        *error = query.lastError().text();
    return false;
}

} // namespace syncdesk::TeamEvents

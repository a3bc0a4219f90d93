#include "engine_writes_log.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::soak {

namespace {

QString keyOf(const QString &crmId, const QString &crmField)
{
    return crmId + u'.' + crmField;
}

} // namespace

EngineWritesLog EngineWritesLog::read(const QString &requestLogPath)
{
    EngineWritesLog log;
    QFile file(requestLogPath);
    if (!file.open(QIODevice::ReadOnly))
        return log;
    while (!file.atEnd()) {
        const QJsonObject request = QJsonDocument::fromJson(file.readLine()).object();
        // The harness edits the org one record at a time (PATCH /sobjects/...); only
        // the engine writes through /composite.
        if (request.value(u"method"_s).toString() != u"POST"_s ||
            !request.value(u"path"_s).toString().endsWith(u"/composite"_s))
            continue;
        const QDateTime at =
            QDateTime::fromString(request.value(u"at"_s).toString(), Qt::ISODateWithMs);
        const QJsonObject body =
            QJsonDocument::fromJson(request.value(u"body"_s).toString().toUtf8()).object();
        for (const QJsonValue &subrequest : body.value(u"compositeRequest"_s).toArray()) {
            const QJsonArray records =
                subrequest.toObject().value(u"body"_s).toObject().value(u"records"_s).toArray();
            for (const QJsonValue &value : records) {
                const QJsonObject record = value.toObject();
                const QString crmId = record.value(u"Id"_s).toString();
                if (crmId.isEmpty())
                    continue;
                for (auto field = record.begin(); field != record.end(); ++field)
                    log.m_writesByRecordField[keyOf(crmId, field.key())].append(at);
            }
        }
    }
    return log;
}

bool EngineWritesLog::wroteWithin(const QString &crmId, const QString &crmField,
                                  const QDateTime &from, const QDateTime &to) const
{
    for (const QDateTime &at : m_writesByRecordField.value(keyOf(crmId, crmField)))
        if (at >= from && at <= to)
            return true;
    return false;
}

} // namespace syncdesk::soak

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

// The longest a write follows the look it was decided on: the longest answer delay the
// harness injects (2.5 s, to aim a kill at a call in flight) and a token refresh.
constexpr qint64 kLookToWriteMs = 5'000;

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
        // The rows its queries answered: the engine's looks at those records.
        const QJsonObject answer =
            QJsonDocument::fromJson(request.value(u"answer"_s).toString().toUtf8()).object();
        for (const QJsonValue &subresponse : answer.value(u"compositeResponse"_s).toArray()) {
            const QJsonArray rows =
                subresponse.toObject().value(u"body"_s).toObject().value(u"records"_s).toArray();
            for (const QJsonValue &row : rows) {
                const QString crmId = row.toObject().value(u"Id"_s).toString();
                if (!crmId.isEmpty())
                    log.m_looksByRecord[crmId].append(at);
            }
        }
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

bool EngineWritesLog::wroteOverUnseenSave(const QString &crmId, const QString &crmField,
                                          const QDateTime &savedAt,
                                          const QDateTime &visibleAt) const
{
    const QList<QDateTime> looks = m_looksByRecord.value(crmId);
    for (const QDateTime &wrote : m_writesByRecordField.value(keyOf(crmId, crmField))) {
        if (wrote < savedAt)
            continue;
        if (wrote <= visibleAt)
            return true;
        QDateTime lastLook;
        for (const QDateTime &look : looks) {
            if (look <= wrote && (!lastLook.isValid() || look > lastLook))
                lastLook = look;
        }
        if (lastLook.isValid() && lastLook < visibleAt && lastLook.msecsTo(wrote) <= kLookToWriteMs)
            return true;
    }
    return false;
}

} // namespace syncdesk::soak

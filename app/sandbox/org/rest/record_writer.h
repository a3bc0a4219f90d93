#pragma once

#include "http/salesforce_error.h"
#include "rest/org_context.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk::sandbox {

struct ObjectDescription;

// The outcome of saving one record, in the shape sObject Collections report it:
// {"id":..., "success":..., "errors":[...]} (and "created" for upserts).
struct SaveResult
{
    QString id;
    QList<RecordError> errors;
    bool created = false;
    bool success() const { return errors.isEmpty(); }
    QJsonObject toJson(bool withCreated = false) const;
};

// Validates and applies record writes for every endpoint that writes: single
// rows, collections and composite subrequests share these rules.
class RecordWriter
{
public:
    explicit RecordWriter(OrgContext &org);

    SaveResult create(const QString &objectName, const QJsonObject &body);
    SaveResult update(const QString &objectName, const QString &id, const QJsonObject &body);
    SaveResult remove(const QString &id);
    // Upsert on an external-id field; a value matching several records fails
    // with DUPLICATE_EXTERNAL_ID (the single-row endpoint answers 300 instead).
    SaveResult upsert(const QString &objectName, const QString &externalIdField,
                      const QString &externalIdValue, const QJsonObject &body);
    // The live records whose external-id field equals `value`.
    QStringList matchExternalId(const QString &objectName, const QString &field,
                                const QString &value) const;

private:
    QList<RecordError> checkReferences(const QString &objectName, const QJsonObject &fields) const;
    std::optional<RecordError> lockFailure(const QString &id) const;
    // Runs the org's automation on a record this writer just saved at `savedAt`.
    void runAutomation(const ObjectDescription &object, const QString &id,
                       const QDateTime &savedAt);

    OrgContext &m_org;
};

} // namespace syncdesk::sandbox

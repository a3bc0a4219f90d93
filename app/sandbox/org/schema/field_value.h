#pragma once

#include "schema/field_description.h"

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <optional>

namespace syncdesk::sandbox {

class OrgSchema;

// A datetime as Salesforce accepts one: 2024-01-01T00:00:00Z, with or without
// milliseconds, with Z, +0000 or +00:00 offsets, or none (UTC); a bare date is
// midnight UTC. nullopt when the text is not one or names an impossible time.
std::optional<QDateTime> parseSalesforceDateTime(QStringView text);
// A date: YYYY-MM-DD, or the date part of a datetime Salesforce would accept.
std::optional<QDate> parseSalesforceDate(QStringView text);

// One field's value from a request body, checked against the field's type and
// converted to the form the store keeps. A value that is not null never comes
// back as null unless the input was an empty string, which Salesforce treats as
// null. On failure, errorCode and message are Salesforce's for that case.
struct FieldValueCheck
{
    QJsonValue value;
    QString errorCode; // empty when the value is acceptable
    QString message;

    bool ok() const { return errorCode.isEmpty(); }
};

// With a schema, references are also checked against the key prefixes of the
// field's target objects.
FieldValueCheck checkFieldValue(const FieldDescription &field, const QJsonValue &value,
                                const OrgSchema *schema = nullptr);

} // namespace syncdesk::sandbox

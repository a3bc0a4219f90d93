#pragma once

#include "http/api_response.h"

#include <QString>
#include <QStringList>

namespace syncdesk::sandbox {

// A REST error as Salesforce reports it: {"message", "errorCode", "fields"?}.
struct SalesforceError
{
    QString errorCode;
    QString message;
    QStringList fields; // omitted from JSON when empty

    QJsonObject toJson() const;
    // The ordinary REST error body: a JSON array holding this one error.
    ApiResponse toResponse(int status) const;
};

// Per-record errors in sObject Collections and composite results use
// "statusCode" instead of "errorCode" (see SALESFORCE.md).
struct RecordError
{
    QString statusCode;
    QString message;
    QStringList fields;

    QJsonObject toJson() const; // always includes "fields", possibly []
};

} // namespace syncdesk::sandbox

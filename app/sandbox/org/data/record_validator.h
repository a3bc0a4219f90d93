#pragma once

#include "http/salesforce_error.h"
#include "schema/object_description.h"

#include <QJsonObject>
#include <QList>

namespace syncdesk::sandbox {

// The outcome of checking one record's body against its object, as Salesforce
// checks a create or update: the errors it would report for that record, and
// the values to store, keyed by canonical field names and normalised
// (18-character ids, "2024-01-01T00:00:00.000+0000" datetimes, YYYY-MM-DD dates).
struct ValidationResult
{
    QJsonObject fields;
    QList<RecordError> errors;

    bool ok() const { return errors.isEmpty(); }
};

// Checks a create body. "attributes" is ignored. On success, picklist and
// checkbox defaults are filled in for fields the body leaves out; OwnerId is
// left for the caller, which knows the running user. With a schema, a reference
// whose key prefix is not one of the field's targets is refused; whether the
// record it names exists is for the caller to check.
ValidationResult validateForCreate(const ObjectDescription &object, const QJsonObject &body,
                                   const OrgSchema *schema = nullptr);

// Checks an update body: only the fields it carries. "attributes" and "Id" are ignored.
ValidationResult validateForUpdate(const ObjectDescription &object, const QJsonObject &body,
                                   const OrgSchema *schema = nullptr);

// Recomputes the fields Salesforce derives from others, on a whole record after
// a create or update: Name of people from FirstName and LastName, IsClosed and
// IsWon of opportunities from StageName, IsClosed of tasks from Status.
void applyDerivedFields(const ObjectDescription &object, QJsonObject &record);

} // namespace syncdesk::sandbox

#include "data/record_validator.h"

#include "schema/field_value.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

enum class Operation
{
    Create,
    Update
};

RecordError readOnlyError(const QStringList &fields)
{
    return RecordError{u"INVALID_FIELD_FOR_INSERT_UPDATE"_s,
                       u"Unable to create/update fields: "_s + fields.join(u", "_s) +
                           u". Please check the security settings of this field and verify "
                           "that it is read/write for your profile or permission set."_s,
                       fields};
}

RecordError missingError(const QStringList &fields)
{
    return RecordError{u"REQUIRED_FIELD_MISSING"_s,
                       u"Required fields are missing: ["_s + fields.join(u", "_s) + u']', fields};
}

void fillDefaults(const ObjectDescription &object, QJsonObject &fields)
{
    for (const FieldDescription &field : object.fields) {
        if (!field.createable || fields.contains(field.name))
            continue;
        if (field.type == FieldType::Picklist && !field.defaultPicklistValue.isEmpty())
            fields.insert(field.name, field.defaultPicklistValue);
        else if (field.type == FieldType::Boolean)
            fields.insert(field.name, false);
    }
}

ValidationResult validate(const ObjectDescription &object, const QJsonObject &body,
                          Operation operation, const OrgSchema *schema)
{
    ValidationResult result;
    const bool creating = operation == Operation::Create;

    // Salesforce rejects a body naming an unknown field before looking at anything else.
    QList<std::pair<const FieldDescription *, QJsonValue>> given;
    for (auto entry = body.begin(); entry != body.end(); ++entry) {
        if (entry.key() == u"attributes")
            continue;
        if (!creating && entry.key().compare(u"Id", Qt::CaseInsensitive) == 0)
            continue;
        const FieldDescription *field = object.field(entry.key());
        if (!field) {
            result.errors.append(RecordError{u"INVALID_FIELD"_s,
                                             u"No such column '"_s + entry.key() +
                                                 u"' on sobject of type "_s + object.name,
                                             {}});
            return result;
        }
        given.append({field, entry.value()});
    }

    QStringList readOnly;
    for (const auto &[field, value] : given) {
        if (creating && field->type == FieldType::Id) {
            result.errors.append(RecordError{u"INVALID_FIELD_FOR_INSERT_UPDATE"_s,
                                             u"cannot specify Id in an insert call"_s,
                                             {}});
            return result;
        }
        if (!(creating ? field->createable : field->updateable))
            readOnly.append(field->name);
    }
    if (!readOnly.isEmpty()) {
        result.errors.append(readOnlyError(readOnly));
        return result;
    }

    QStringList missing;
    QStringList refused; // given, but with a value already reported as wrong
    for (const auto &[field, value] : given) {
        const FieldValueCheck check = checkFieldValue(*field, value, schema);
        if (!check.ok()) {
            result.errors.append(RecordError{check.errorCode, check.message, {field->name}});
            refused.append(field->name);
            continue;
        }
        if (check.value.isNull() && !field->nillable) {
            if (field->type == FieldType::Boolean) {
                result.fields.insert(field->name, false); // a cleared checkbox is unchecked
            } else if (!creating || !field->defaultedOnCreate) {
                missing.append(field->name);
            }
            continue;
        }
        result.fields.insert(field->name, check.value);
    }

    if (creating) {
        for (const FieldDescription &field : object.fields)
            if (field.requiredOnCreate() && !result.fields.contains(field.name) &&
                !missing.contains(field.name) && !refused.contains(field.name))
                missing.append(field.name);
    }
    if (!missing.isEmpty())
        result.errors.append(missingError(missing));

    if (creating && result.ok())
        fillDefaults(object, result.fields);
    return result;
}

} // namespace

ValidationResult validateForCreate(const ObjectDescription &object, const QJsonObject &body,
                                   const OrgSchema *schema)
{
    return validate(object, body, Operation::Create, schema);
}

ValidationResult validateForUpdate(const ObjectDescription &object, const QJsonObject &body,
                                   const OrgSchema *schema)
{
    return validate(object, body, Operation::Update, schema);
}

void applyDerivedFields(const ObjectDescription &object, QJsonObject &record)
{
    const FieldDescription *name = object.field(u"Name");
    if (name && !name->createable && object.field(u"LastName")) {
        QStringList parts;
        for (const QString &part : {u"FirstName"_s, u"LastName"_s}) {
            const QString value = record.value(part).toString();
            if (!value.isEmpty())
                parts.append(value);
        }
        record.insert(u"Name"_s, parts.join(u' '));
    }
    if (object.name == u"Opportunity") {
        const QString stage = record.value(u"StageName"_s).toString();
        record.insert(u"IsClosed"_s, stage.startsWith(u"Closed "_s));
        record.insert(u"IsWon"_s, stage == u"Closed Won");
    } else if (object.name == u"Task") {
        record.insert(u"IsClosed"_s, record.value(u"Status"_s).toString() == u"Completed");
        record.insert(u"IsHighPriority"_s, record.value(u"Priority"_s).toString() == u"High");
    }
}

} // namespace syncdesk::sandbox

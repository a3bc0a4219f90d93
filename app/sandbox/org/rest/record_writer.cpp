#include "rest/record_writer.h"

#include "auth/oauth_service.h"
#include "data/record_store.h"
#include "data/record_validator.h"
#include "data/salesforce_id.h"
#include "limits/org_clock.h"
#include "rest/save_rules.h"
#include "schema/object_description.h"

#include <QJsonArray>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

QJsonObject SaveResult::toJson(bool withCreated) const
{
    QJsonArray errorArray;
    for (const RecordError &error : errors)
        errorArray.append(error.toJson());
    QJsonObject json{{u"id"_s, id.isEmpty() ? QJsonValue() : QJsonValue(id)},
                     {u"success"_s, success()},
                     {u"errors"_s, errorArray}};
    if (withCreated)
        json.insert(u"created"_s, created);
    return json;
}

RecordWriter::RecordWriter(OrgContext &org)
    : m_org(org)
{}

QList<RecordError> RecordWriter::checkReferences(const QString &objectName,
                                                 const QJsonObject &fields) const
{
    QList<RecordError> errors;
    const ObjectDescription *object = m_org.schema.object(objectName);
    for (auto value = fields.begin(); value != fields.end(); ++value) {
        const FieldDescription *field = object->field(value.key());
        if (!field || field->type != FieldType::Reference || !value->isString())
            continue;
        const QString target = m_org.store.objectOf(value->toString());
        const QJsonObject *row = m_org.store.find(value->toString());
        const bool exists = row && !row->value(u"IsDeleted"_s).toBool();
        if (!exists || !field->referenceTo.contains(target)) {
            errors.append(
                RecordError{u"INVALID_CROSS_REFERENCE_KEY"_s,
                            field->label + u": id value of incorrect type: "_s + value->toString(),
                            {field->name}});
        }
    }
    return errors;
}

std::optional<RecordError> RecordWriter::lockFailure(const QString &id) const
{
    return m_org.saveRules ? m_org.saveRules->lockFailure(id) : std::nullopt;
}

void RecordWriter::runAutomation(const ObjectDescription &object, const QString &id,
                                 const QDateTime &savedAt)
{
    const SaveRules::Automation *rule =
        m_org.saveRules ? m_org.saveRules->automationFor(object.name) : nullptr;
    const QJsonObject *row = rule ? m_org.store.find(id) : nullptr;
    if (!row)
        return;
    // A Flow runs as the user whose save fired it, and its own save moves the
    // stamps once more.
    QJsonObject merged = *row;
    merged.insert(rule->field, rule->value);
    applyDerivedFields(object, merged);
    QJsonObject changes;
    for (auto field = merged.begin(); field != merged.end(); ++field)
        if (field.value() != row->value(field.key()))
            changes.insert(field.key(), field.value());
    if (object.field(u"LastModifiedById"))
        changes.insert(u"LastModifiedById"_s, m_org.oauth.identity().userId);
    m_org.store.update(id, changes, savedAt.addSecs(1));
}

SaveResult RecordWriter::create(const QString &objectName, const QJsonObject &body)
{
    const ObjectDescription *object = m_org.schema.object(objectName);
    if (!object)
        return SaveResult{
            {}, {RecordError{u"INVALID_TYPE"_s, u"Must send a concrete entity type."_s, {}}}};
    if (body.contains(u"Id"_s) || body.contains(u"id"_s)) {
        return SaveResult{{},
                          {RecordError{u"INVALID_FIELD_FOR_INSERT_UPDATE"_s,
                                       u"cannot specify Id in an insert call"_s,
                                       {u"Id"_s}}}};
    }
    ValidationResult validation = validateForCreate(*object, body, &m_org.schema);
    validation.errors.append(checkReferences(object->name, validation.fields));
    if (!validation.ok())
        return SaveResult{{}, validation.errors};
    QJsonObject fields = validation.fields;
    // Records belong to the signed-in user unless the request names an owner.
    if (object->field(u"OwnerId") && !fields.contains(u"OwnerId"_s))
        fields.insert(u"OwnerId"_s, m_org.oauth.identity().userId);
    for (const QString &audit : {u"CreatedById"_s, u"LastModifiedById"_s})
        if (object->field(audit))
            fields.insert(audit, m_org.oauth.identity().userId);
    applyDerivedFields(*object, fields);
    if (auto locked = lockFailure(fields.value(u"AccountId"_s).toString()))
        return SaveResult{{}, {*locked}};
    const QDateTime now = m_org.clock.now();
    const QString id = m_org.store.insert(object->name, std::move(fields), now);
    runAutomation(*object, id, now);
    return SaveResult{id, {}, true};
}

SaveResult RecordWriter::update(const QString &objectName, const QString &id,
                                const QJsonObject &body)
{
    const QString canonicalId = salesforce_id::toEighteen(id);
    if (canonicalId.isEmpty()) {
        return SaveResult{id,
                          {RecordError{u"MALFORMED_ID"_s,
                                       u"Record ID: id value of incorrect type: "_s + id,
                                       {u"Id"_s}}}};
    }
    const QString actualObject = m_org.store.objectOf(canonicalId);
    const QJsonObject *row = m_org.store.find(canonicalId);
    if (!row || row->value(u"IsDeleted"_s).toBool() ||
        (!objectName.isEmpty() && actualObject.compare(objectName, Qt::CaseInsensitive) != 0)) {
        return SaveResult{canonicalId,
                          {RecordError{u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s, {}}}};
    }
    const ObjectDescription *object = m_org.schema.object(actualObject);
    if (row->value(u"IsConverted"_s).toBool() && !row->value(u"ConvertedContactId"_s).isNull() &&
        row->contains(u"ConvertedContactId"_s)) {
        return SaveResult{canonicalId,
                          {RecordError{u"CANNOT_UPDATE_CONVERTED_LEAD"_s,
                                       u"cannot reference converted lead"_s,
                                       {}}}};
    }
    QJsonObject changes = body;
    changes.remove(u"Id"_s);
    ValidationResult validation = validateForUpdate(*object, changes, &m_org.schema);
    validation.errors.append(checkReferences(object->name, validation.fields));
    if (!validation.ok())
        return SaveResult{canonicalId, validation.errors};
    // Derived fields (Name, IsClosed, ...) follow from the record as it will be.
    QJsonObject merged = *row;
    for (auto field = validation.fields.begin(); field != validation.fields.end(); ++field)
        merged.insert(field.key(), field.value());
    applyDerivedFields(*object, merged);
    QJsonObject changesToStore = validation.fields;
    for (auto field = merged.begin(); field != merged.end(); ++field)
        if (field.value() != row->value(field.key()))
            changesToStore.insert(field.key(), field.value());
    if (object->field(u"LastModifiedById"))
        changesToStore.insert(u"LastModifiedById"_s, m_org.oauth.identity().userId);
    if (auto locked = lockFailure(canonicalId))
        return SaveResult{canonicalId, {*locked}};
    const QDateTime now = m_org.clock.now();
    m_org.store.update(canonicalId, changesToStore, now);
    runAutomation(*object, canonicalId, now);
    return SaveResult{canonicalId, {}};
}

SaveResult RecordWriter::remove(const QString &id)
{
    const QString canonicalId = salesforce_id::toEighteen(id);
    const QJsonObject *row = canonicalId.isEmpty() ? nullptr : m_org.store.find(canonicalId);
    if (!row) {
        return SaveResult{id, {RecordError{u"MALFORMED_ID"_s, u"malformed id "_s + id, {}}}};
    }
    if (row->value(u"IsDeleted"_s).toBool()) {
        return SaveResult{canonicalId,
                          {RecordError{u"ENTITY_IS_DELETED"_s, u"entity is deleted"_s, {}}}};
    }
    if (auto locked = lockFailure(canonicalId))
        return SaveResult{canonicalId, {*locked}};
    m_org.store.remove(canonicalId, m_org.clock.now());
    return SaveResult{canonicalId, {}};
}

QStringList RecordWriter::matchExternalId(const QString &objectName, const QString &field,
                                          const QString &value) const
{
    const auto matches = [&](const QJsonObject &row) {
        const QJsonValue stored = row.value(field);
        return !row.value(u"IsDeleted"_s).toBool() && stored.isString() &&
               stored.toString().compare(value, Qt::CaseInsensitive) == 0;
    };
    // External-id fields are indexed; any other (Id, for GET
    // /sobjects/Contact/Id/...) is compared on every live record.
    const QList<QJsonObject> candidates =
        m_org.store.indexesExternalId(objectName, field)
            ? m_org.store.externalIdCandidates(objectName, field, value)
            : m_org.store.records(objectName);
    QStringList ids;
    for (const QJsonObject &row : candidates)
        if (matches(row))
            ids.append(row.value(u"Id"_s).toString());
    return ids;
}

SaveResult RecordWriter::upsert(const QString &objectName, const QString &externalIdField,
                                const QString &externalIdValue, const QJsonObject &body)
{
    const ObjectDescription *object = m_org.schema.object(objectName);
    const FieldDescription *field = object ? object->field(externalIdField) : nullptr;
    if (!field || !(field->externalId || field->type == FieldType::Id)) {
        return SaveResult{
            {},
            {RecordError{u"NOT_FOUND"_s,
                         u"Provided external ID field does not exist or is not accessible: "_s +
                             externalIdField,
                         {}}}};
    }
    if (field->type == FieldType::Id) {
        if (externalIdValue.isEmpty())
            return create(object->name, body);
        return update(object->name, externalIdValue, body);
    }
    const QStringList matches = matchExternalId(object->name, field->name, externalIdValue);
    if (matches.size() > 1) {
        return SaveResult{
            {},
            {RecordError{u"DUPLICATE_EXTERNAL_ID"_s,
                         field->label + u": more than one record found for external id field: "_s +
                             matches.join(u", "_s),
                         {field->name}}}};
    }
    QJsonObject fields = body;
    fields.remove(field->name);
    if (matches.isEmpty()) {
        fields.insert(field->name, externalIdValue);
        return create(object->name, fields);
    }
    SaveResult result = update(object->name, matches.first(), fields);
    result.created = false;
    return result;
}

} // namespace syncdesk::sandbox

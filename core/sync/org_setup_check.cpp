#include "sync/org_setup_check.h"

#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "store/describe_cache_store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// One translation context for every sentence of the check, whichever function says it
// (lupdate and the running program must agree on it).
struct OrgSetupText
{
    Q_DECLARE_TR_FUNCTIONS(syncdesk::OrgSetupText)
};

// The objects whose records SyncDesk creates by upsert on its own id.
const QStringList &upsertedObjects()
{
    static const QStringList objects{u"Lead"_s, u"Contact"_s, u"Account"_s};
    return objects;
}

// What activity logging writes on each Task (taskFieldsFor), all set on create.
const QStringList &taskFieldsWritten()
{
    static const QStringList fields{u"Subject"_s,  u"ActivityDate"_s, u"Status"_s,
                                    u"Priority"_s, u"TaskSubtype"_s,  u"WhoId"_s,
                                    u"WhatId"_s,   u"Description"_s,  u"CallDurationInSeconds"_s,
                                    u"CallType"_s};
    return fields;
}

QString referenceIdFor(const QString &object)
{
    return u"describe_"_s + object;
}

QHash<QString, QJsonObject> fieldsByName(const QJsonObject &describe)
{
    QHash<QString, QJsonObject> fields;
    for (const QJsonValue &value : describe.value(u"fields"_s).toArray()) {
        const QJsonObject field = value.toObject();
        fields.insert(field.value(u"name"_s).toString().toLower(), field);
    }
    return fields;
}

QString howToCreate(const SyncDeskCustomField &custom)
{
    return OrgSetupText::tr(
               "Create it in Setup > Object Manager > %1 > Fields & Relationships: Text(%2), "
               "label \"%3\", External ID and Unique, editable by SyncDesk's user.")
        .arg(custom.object)
        .arg(OrgSetupCheck::kCustomFieldLength)
        .arg(custom.label);
}

// What keeps an existing SyncDesk field from serving as an upsert key; empty when nothing.
QStringList upsertKeyFlaws(const QJsonObject &field)
{
    QStringList flaws;
    const QString type = field.value(u"type"_s).toString();
    if (type != u"string"_s)
        flaws.append(OrgSetupText::tr("its type is %1, not Text").arg(type));
    if (!field.value(u"externalId"_s).toBool())
        flaws.append(OrgSetupText::tr("it is not marked External ID"));
    if (!field.value(u"unique"_s).toBool())
        flaws.append(OrgSetupText::tr("it is not marked Unique"));
    const int length = field.value(u"length"_s).toInt();
    if (type == u"string"_s && length < OrgSetupCheck::kCustomFieldLength)
        flaws.append(OrgSetupText::tr("it holds %1 characters, fewer than %2")
                         .arg(length)
                         .arg(OrgSetupCheck::kCustomFieldLength));
    if (!field.value(u"createable"_s).toBool() || !field.value(u"updateable"_s).toBool())
        flaws.append(OrgSetupText::tr("SyncDesk's user cannot edit it (field-level security)"));
    return flaws;
}

} // namespace

QString orgSetupProblemKindName(OrgSetupProblem::Kind kind)
{
    switch (kind) {
    case OrgSetupProblem::Kind::ApiAccessRefused:
        return u"api_access_refused"_s;
    case OrgSetupProblem::Kind::ObjectNotAccessible:
        return u"object_not_accessible"_s;
    case OrgSetupProblem::Kind::CustomFieldMissing:
        return u"custom_field_missing"_s;
    case OrgSetupProblem::Kind::CustomFieldNotUpsertKey:
        return u"custom_field_not_upsert_key"_s;
    case OrgSetupProblem::Kind::MappedFieldMissing:
        return u"mapped_field_missing"_s;
    case OrgSetupProblem::Kind::FieldNotUpdateable:
        return u"field_not_updateable"_s;
    case OrgSetupProblem::Kind::FieldNotCreateable:
        return u"field_not_createable"_s;
    }
    return QString();
}

QString OrgSetupProblem::text() const
{
    QString where = object;
    if (!field.isEmpty())
        where += u'.' + field;
    return where.isEmpty() ? detail : where + u": "_s + detail;
}

QJsonObject OrgSetupProblem::toJson() const
{
    return QJsonObject{{u"kind"_s, orgSetupProblemKindName(kind)},
                       {u"object"_s, object.isEmpty() ? QJsonValue() : QJsonValue(object)},
                       {u"field"_s, field.isEmpty() ? QJsonValue() : QJsonValue(field)},
                       {u"detail"_s, detail}};
}

QString OrgSetupReport::summaryLine() const
{
    if (ok())
        return QString();
    return OrgSetupText::tr(
        "The org is not prepared for SyncDesk: %n problem(s) (see \"Preparing the org\" "
        "in the README, or run syncdesk-cli doctor).",
        nullptr, int(problems.size()));
}

QJsonObject OrgSetupReport::toJson() const
{
    QJsonArray list;
    for (const OrgSetupProblem &problem : problems)
        list.append(problem.toJson());
    return QJsonObject{{u"ok"_s, ok()},
                       {u"objectsChecked"_s, QJsonArray::fromStringList(objectsChecked)},
                       {u"callsSpent"_s, callsSpent},
                       {u"problems"_s, list},
                       {u"guide"_s, OrgSetupCheck::guideReference()}};
}

QString OrgSetupCheck::guideReference()
{
    return u"README, \"Connecting a real Salesforce org\" > \"Preparing the org\""_s;
}

QStringList OrgSetupCheck::objectsToCheck(const QList<FieldMapping> &mappings)
{
    QStringList mapped;
    for (const FieldMapping &mapping : mappings) {
        if (mapping.direction != SyncDirection::Off && !mapped.contains(mapping.crmObject))
            mapped.append(mapping.crmObject);
    }
    QStringList objects;
    for (const QString &known : {u"Lead"_s, u"Contact"_s, u"Account"_s, u"Opportunity"_s}) {
        if (mapped.removeAll(known) > 0)
            objects.append(known);
    }
    mapped.removeAll(u"Task"_s);
    mapped.sort();
    objects += mapped;
    objects.append(u"Task"_s); // activity logging, whatever the field configuration says
    return objects;
}

QList<SyncDeskCustomField> OrgSetupCheck::customFieldsFor(const QStringList &objects)
{
    QList<SyncDeskCustomField> fields;
    for (const QString &object : objects) {
        if (upsertedObjects().contains(object))
            fields.append({object, u"SyncDesk_Id__c"_s, u"SyncDesk ID"_s});
        else if (object == u"Task"_s)
            fields.append({object, u"SyncDesk_Activity_Id__c"_s, u"SyncDesk Activity ID"_s});
    }
    return fields;
}

OrgSetupReport
OrgSetupCheck::evaluate(const QStringList &objects,
                        const QHash<QString, SalesforceResult<QJsonObject>> &describes,
                        const QList<FieldMapping> &mappings)
{
    using Kind = OrgSetupProblem::Kind;
    OrgSetupReport report;
    report.objectsChecked = objects;
    const auto add = [&](Kind kind, const QString &object, const QString &field,
                         const QString &detail) {
        report.problems.append(OrgSetupProblem{kind, object, field, detail});
    };

    for (const QString &object : objects) {
        const auto found = describes.constFind(object);
        if (found == describes.cend()) {
            add(Kind::ObjectNotAccessible, object, {},
                OrgSetupText::tr("the org did not describe it"));
            continue;
        }
        if (const auto *error = std::get_if<SalesforceError>(&*found)) {
            add(Kind::ObjectNotAccessible, object, {},
                OrgSetupText::tr(
                    "SyncDesk's user cannot access it (%1). Give the user's profile or a "
                    "permission set access to %2 records.")
                    .arg(error->summary(), object));
            continue;
        }
        const QJsonObject describe = std::get<QJsonObject>(*found);
        const QHash<QString, QJsonObject> fields = fieldsByName(describe);

        QList<FieldMapping> mapped;
        bool writes = object == u"Task"_s;
        for (const FieldMapping &mapping : mappings) {
            if (mapping.crmObject != object || mapping.direction == SyncDirection::Off)
                continue;
            mapped.append(mapping);
            writes = writes || mapping.syncsToCrm();
        }

        if (!describe.value(u"queryable"_s).toBool(true))
            add(Kind::ObjectNotAccessible, object, {},
                OrgSetupText::tr("SyncDesk's user cannot query %1 records.").arg(object));
        if (writes && !describe.value(u"createable"_s).toBool(true))
            add(Kind::ObjectNotAccessible, object, {},
                OrgSetupText::tr("SyncDesk's user cannot create %1 records.").arg(object));
        if (writes && object != u"Task"_s && !describe.value(u"updateable"_s).toBool(true))
            add(Kind::ObjectNotAccessible, object, {},
                OrgSetupText::tr("SyncDesk's user cannot edit %1 records.").arg(object));

        for (const SyncDeskCustomField &custom : customFieldsFor({object})) {
            const auto field = fields.constFind(custom.field.toLower());
            if (field == fields.cend()) {
                add(Kind::CustomFieldMissing, object, custom.field,
                    OrgSetupText::tr("missing, so SyncDesk cannot upsert %1 records. ")
                            .arg(object) +
                        howToCreate(custom));
                continue;
            }
            const QStringList flaws = upsertKeyFlaws(*field);
            if (!flaws.isEmpty())
                add(Kind::CustomFieldNotUpsertKey, object, custom.field,
                    OrgSetupText::tr("not usable as SyncDesk's upsert key: %1. ")
                            .arg(flaws.join(u"; "_s)) +
                        howToCreate(custom));
        }

        QStringList written;
        for (const FieldMapping &mapping : std::as_const(mapped)) {
            const auto field = fields.constFind(mapping.crmField.toLower());
            if (field == fields.cend()) {
                add(Kind::MappedFieldMissing, object, mapping.crmField,
                    OrgSetupText::tr(
                        "mapped (%1) but SyncDesk's user cannot read it: it does not exist, or "
                        "field-level security hides it.")
                        .arg(syncDirectionName(mapping.direction)));
                continue;
            }
            if (!mapping.syncsToCrm())
                continue;
            if (!field->value(u"updateable"_s).toBool())
                add(Kind::FieldNotUpdateable, object, mapping.crmField,
                    OrgSetupText::tr(
                        "mapped towards Salesforce (%1) but SyncDesk's user cannot update it. "
                        "Grant edit access, or map it from_crm.")
                        .arg(syncDirectionName(mapping.direction)));
            else if (!field->value(u"createable"_s).toBool())
                add(Kind::FieldNotCreateable, object, mapping.crmField,
                    OrgSetupText::tr(
                        "mapped towards Salesforce but SyncDesk's user cannot set it on new "
                        "records."));
        }
        if (object == u"Task"_s) {
            for (const QString &name : taskFieldsWritten()) {
                const auto field = fields.constFind(name.toLower());
                if (field == fields.cend())
                    add(Kind::MappedFieldMissing, object, name,
                        OrgSetupText::tr(
                            "activity logging writes it, but SyncDesk's user cannot see it "
                            "(field-level security)."));
                else if (!field->value(u"createable"_s).toBool())
                    add(Kind::FieldNotCreateable, object, name,
                        OrgSetupText::tr(
                            "activity logging writes it, but SyncDesk's user cannot set it on "
                            "new Tasks."));
            }
        }
    }
    return report;
}

bool OrgSetupCheck::refusesApiAccess(const SalesforceError &error)
{
    static const QStringList codes{
        u"API_DISABLED_FOR_ORG"_s,      u"API_CURRENTLY_DISABLED"_s,
        u"INSUFFICIENT_ACCESS"_s,       u"INSUFFICIENT_ACCESS_OR_READONLY"_s,
        u"FUNCTIONALITY_NOT_ENABLED"_s, u"INSUFFICIENT_PRIVILEGES"_s};
    if (codes.contains(error.code))
        return true;
    return error.httpStatus == 403 && !error.code.isEmpty() &&
           error.kind != SalesforceError::Kind::LimitExceeded &&
           error.kind != SalesforceError::Kind::ConcurrentLimit;
}

OrgSetupReport OrgSetupCheck::apiAccessRefused(const SalesforceError &error)
{
    OrgSetupReport report;
    report.callsSpent = 1;
    report.problems.append(OrgSetupProblem{
        OrgSetupProblem::Kind::ApiAccessRefused,
        {},
        {},
        OrgSetupText::tr(
            "The org refused SyncDesk's API calls (%1). The org's edition must include API "
            "access (Enterprise, Unlimited, Performance, Developer, or Professional with the "
            "API add-on), and SyncDesk's user needs the \"API Enabled\" permission.")
            .arg(error.summary())});
    return report;
}

QList<CompositeSubrequest> OrgSetupCheck::plan(const QStringList &objects, QStringView apiVersion)
{
    QList<CompositeSubrequest> subrequests;
    for (const QString &object : objects)
        subrequests.append(CompositeSubrequest{
            "GET", u"/services/data/"_s + apiVersion + u"/sobjects/"_s + object + u"/describe"_s,
            referenceIdFor(object), QJsonValue(QJsonValue::Undefined)});
    return subrequests;
}

void OrgSetupCheck::run(SalesforceClient *client, const QList<FieldMapping> &mappings,
                        std::function<void(const SalesforceResult<OrgSetupReport> &)> onDone)
{
    const QStringList objects = objectsToCheck(mappings);
    client->composite(plan(objects, OrgSession::kApiVersion), false, CallCategory::Describe,
                      [objects, mappings, onDone = std::move(onDone)](
                          const SalesforceResult<QList<CompositeSubresponse>> &result) {
                          if (const auto *error = std::get_if<SalesforceError>(&result)) {
                              if (refusesApiAccess(*error))
                                  return onDone(apiAccessRefused(*error));
                              return onDone(*error);
                          }
                          QHash<QString, SalesforceResult<QJsonObject>> describes;
                          for (const CompositeSubresponse &answer :
                               std::get<QList<CompositeSubresponse>>(result)) {
                              for (const QString &object : objects) {
                                  if (answer.referenceId != referenceIdFor(object))
                                      continue;
                                  if (answer.error)
                                      describes.insert(object, *answer.error);
                                  else
                                      describes.insert(object, answer.body.toObject());
                              }
                          }
                          OrgSetupReport report = evaluate(objects, describes, mappings);
                          report.callsSpent = 1;
                          onDone(report);
                      });
}

std::optional<OrgSetupReport> OrgSetupCheck::fromCache(QSqlDatabase db,
                                                       const QList<FieldMapping> &mappings)
{
    const QStringList objects = objectsToCheck(mappings);
    const DescribeCacheStore cache(std::move(db));
    QHash<QString, SalesforceResult<QJsonObject>> describes;
    for (const QString &object : objects) {
        const std::optional<CachedDescribe> cached = cache.find(object);
        if (!cached)
            return std::nullopt;
        const QJsonDocument document = QJsonDocument::fromJson(cached->body);
        if (!document.isObject())
            return std::nullopt;
        describes.insert(object, document.object());
    }
    return evaluate(objects, describes, mappings);
}

} // namespace syncdesk

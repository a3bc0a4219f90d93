// The object level of describe: global and per-object.
#include "schema/describe_json.h"

#include <QJsonArray>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// The Master record type every object has; its id is the same in every org.
constexpr auto masterRecordTypeId = "012000000000000AAA";

QString versionPath(QStringView apiVersion)
{
    const QStringView number = apiVersion.startsWith(u'v') ? apiVersion.mid(1) : apiVersion;
    return u"/services/data/v"_s + number.toString();
}

QJsonObject objectUrls(const ObjectDescription &object, QStringView apiVersion)
{
    const QString sobject = versionPath(apiVersion) + u"/sobjects/"_s + object.name;
    QJsonObject urls{{u"sobject"_s, sobject},
                     {u"describe"_s, QString(sobject + u"/describe"_s)},
                     {u"rowTemplate"_s, QString(sobject + u"/{ID}"_s)}};
    urls.insert(u"compactLayouts"_s, QString(sobject + u"/describe/compactLayouts"_s));
    urls.insert(u"approvalLayouts"_s, QString(sobject + u"/describe/approvalLayouts"_s));
    urls.insert(u"listviews"_s, QString(sobject + u"/listviews"_s));
    urls.insert(u"quickActions"_s, QString(sobject + u"/quickActions"_s));
    urls.insert(u"layouts"_s, QString(sobject + u"/describe/layouts"_s));
    return urls;
}

// The keys describeGlobal and describe share, with the capabilities of each
// standard object as a System Administrator sees them.
QJsonObject objectSummary(const ObjectDescription &object, QStringView apiVersion)
{
    const bool isUser = object.name == u"User";
    const bool isTask = object.name == u"Task";
    return QJsonObject{
        {u"activateable"_s, false},
        {u"associateEntityType"_s, QJsonValue::Null},
        {u"associateParentEntity"_s, QJsonValue::Null},
        {u"createable"_s, true},
        {u"custom"_s, object.name.endsWith(u"__c")},
        {u"customSetting"_s, false},
        {u"deepCloneable"_s, false},
        {u"deletable"_s, !isUser},
        {u"deprecatedAndHidden"_s, false},
        {u"feedEnabled"_s, !isTask},
        {u"hasSubtypes"_s, false},
        {u"isInterface"_s, false},
        {u"isSubtype"_s, false},
        {u"keyPrefix"_s, object.keyPrefix},
        {u"label"_s, object.label},
        {u"labelPlural"_s, object.labelPlural},
        {u"layoutable"_s, true},
        {u"mergeable"_s, !isUser && !isTask && object.name != u"Opportunity"},
        {u"mruEnabled"_s, true},
        {u"name"_s, object.name},
        {u"queryable"_s, true},
        {u"replicateable"_s, true},
        {u"retrieveable"_s, true},
        {u"searchable"_s, true},
        {u"triggerable"_s, true},
        {u"undeletable"_s, !isUser},
        {u"updateable"_s, true},
        {u"urls"_s, objectUrls(object, apiVersion)},
    };
}

QJsonArray childRelationships(const ObjectDescription &parent, const OrgSchema *schema)
{
    QJsonArray children;
    if (!schema)
        return children;
    for (const ObjectDescription &child : schema->objects()) {
        for (const FieldDescription &field : child.fields) {
            // Audit references exist on every object; listing them adds noise only.
            if (!field.referenceTo.contains(parent.name) || !field.createable)
                continue;
            const bool polymorphic = field.referenceTo.size() > 1;
            QString relationshipName = child.labelPlural;
            relationshipName.remove(u' ');
            if (field.name == u"OwnerId" || field.name == u"ManagerId" ||
                field.name == u"ReportsToId" || field.name == u"ParentId")
                relationshipName.clear(); // no name to traverse in SOQL from the parent
            children.append(QJsonObject{
                {u"cascadeDelete"_s,
                 !polymorphic && field.name == u"AccountId" && child.name == u"Opportunity"},
                {u"childSObject"_s, child.name},
                {u"deprecatedAndHidden"_s, false},
                {u"field"_s, field.name},
                {u"junctionIdListNames"_s, QJsonArray()},
                {u"junctionReferenceTo"_s, QJsonArray()},
                {u"relationshipName"_s, relationshipName.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                   : QJsonValue(relationshipName)},
                {u"restrictedDelete"_s, false},
            });
        }
    }
    return children;
}

QJsonArray supportedScopes(const ObjectDescription &object)
{
    const QString plural = object.labelPlural.toLower();
    return QJsonArray{
        QJsonObject{{u"label"_s, QString(u"All "_s + plural)}, {u"name"_s, u"everything"_s}},
        QJsonObject{{u"label"_s, QString(u"My "_s + plural)}, {u"name"_s, u"mine"_s}},
        QJsonObject{{u"label"_s, QString(u"My team's "_s + plural)}, {u"name"_s, u"team"_s}},
    };
}

QJsonArray recordTypeInfos(const ObjectDescription &object, QStringView apiVersion)
{
    const QString id = QString::fromLatin1(masterRecordTypeId);
    const QString layout =
        versionPath(apiVersion) + u"/sobjects/"_s + object.name + u"/describe/layouts/"_s + id;
    return QJsonArray{QJsonObject{{u"active"_s, true},
                                  {u"available"_s, true},
                                  {u"defaultRecordTypeMapping"_s, true},
                                  {u"developerName"_s, u"Master"_s},
                                  {u"master"_s, true},
                                  {u"name"_s, u"Master"_s},
                                  {u"recordTypeId"_s, id},
                                  {u"urls"_s, QJsonObject{{u"layout"_s, layout}}}}};
}

} // namespace

QJsonObject describeGlobal(const OrgSchema &schema, QStringView apiVersion)
{
    QJsonArray sobjects;
    for (const ObjectDescription &object : schema.objects())
        sobjects.append(objectSummary(object, apiVersion));
    return QJsonObject{
        {u"encoding"_s, u"UTF-8"_s}, {u"maxBatchSize"_s, 200}, {u"sobjects"_s, sobjects}};
}

QJsonObject describeObject(const ObjectDescription &object, QStringView apiVersion,
                           const OrgSchema *schema)
{
    QJsonObject json = objectSummary(object, apiVersion);
    QJsonArray fields;
    for (const FieldDescription &field : object.fields)
        fields.append(describeField(object, field));
    json.insert(u"fields"_s, fields);
    json.insert(u"actionOverrides"_s, QJsonArray());
    json.insert(u"childRelationships"_s, childRelationships(object, schema));
    json.insert(u"compactLayoutable"_s, true);
    json.insert(u"defaultImplementation"_s, QJsonValue::Null);
    json.insert(u"extendedBy"_s, QJsonValue::Null);
    json.insert(u"extendsInterfaces"_s, QJsonValue::Null);
    json.insert(u"implementedBy"_s, QJsonValue::Null);
    json.insert(u"implementsInterfaces"_s, QJsonValue::Null);
    json.insert(u"listviewable"_s, QJsonValue::Null);
    json.insert(u"lookupLayoutable"_s, QJsonValue::Null);
    json.insert(u"namedLayoutInfos"_s, QJsonArray());
    json.insert(u"networkScopeFieldName"_s, QJsonValue::Null);
    json.insert(u"recordTypeInfos"_s, recordTypeInfos(object, apiVersion));
    json.insert(u"searchLayoutable"_s, true);
    json.insert(u"sobjectDescribeOption"_s, u"FULL"_s);
    json.insert(u"supportedScopes"_s, supportedScopes(object));
    return json;
}

} // namespace syncdesk::sandbox

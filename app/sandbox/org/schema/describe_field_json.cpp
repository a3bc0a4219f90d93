// The field level of an sObject describe.
#include "schema/describe_json.h"

#include <QJsonArray>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

bool isLongText(const FieldDescription &field)
{
    return field.type == FieldType::TextArea && field.length > 255;
}

bool isNumber(FieldType type)
{
    return type == FieldType::Double || type == FieldType::Currency || type == FieldType::Percent ||
           type == FieldType::Int;
}

int byteLength(const FieldDescription &field)
{
    if (field.type == FieldType::Id || field.type == FieldType::Reference)
        return field.length;
    // Salesforce reserves three bytes per character of text.
    return field.isText() ? field.length * 3 : 0;
}

bool groupable(const FieldDescription &field)
{
    switch (field.type) {
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
    case FieldType::DateTime:
        return false;
    default:
        return !isLongText(field);
    }
}

bool idLookup(const ObjectDescription &object, const FieldDescription &field)
{
    if (field.type == FieldType::Id || field.externalId)
        return true;
    // People are found by their email; Task and the rest are not.
    return field.type == FieldType::Email && object.field(u"LastName") != nullptr;
}

QJsonValue extraTypeInfo(const ObjectDescription &object, const FieldDescription &field)
{
    if (field.type == FieldType::TextArea)
        return u"plaintextarea"_s;
    if (field.nameField && field.name == u"Name") {
        if (object.field(u"LastName"))
            return u"personname"_s;
        if (object.name == u"Account")
            return u"switchablepersonname"_s;
    }
    return QJsonValue::Null;
}

QJsonValue compoundFieldName(const ObjectDescription &object, const FieldDescription &field)
{
    static const QStringList nameParts{u"FirstName"_s, u"LastName"_s, u"Salutation"_s};
    if (nameParts.contains(field.name) && object.field(u"Name") &&
        !object.field(u"Name")->createable)
        return u"Name"_s;
    static const QStringList addressParts{u"Street"_s, u"City"_s, u"State"_s, u"PostalCode"_s,
                                          u"Country"_s};
    for (const QString &part : addressParts)
        if (field.name.endsWith(part) && field.type != FieldType::Picklist)
            return QString(field.name.chopped(part.size()) + u"Address"_s);
    return QJsonValue::Null;
}

QJsonValue defaultValue(const FieldDescription &field)
{
    if (field.type == FieldType::Picklist && !field.defaultPicklistValue.isEmpty())
        return field.defaultPicklistValue;
    if (field.type == FieldType::Boolean)
        return false;
    return QJsonValue::Null;
}

QJsonArray picklistValues(const FieldDescription &field)
{
    QJsonArray values;
    for (const QString &value : field.picklistValues)
        values.append(QJsonObject{{u"active"_s, true},
                                  {u"defaultValue"_s, value == field.defaultPicklistValue},
                                  {u"label"_s, value},
                                  {u"validFor"_s, QJsonValue::Null},
                                  {u"value"_s, value}});
    return values;
}

} // namespace

QJsonObject describeField(const ObjectDescription &object, const FieldDescription &field)
{
    const bool polymorphic = field.referenceTo.size() > 1;
    const bool writable = field.createable || field.updateable;
    QJsonObject json{
        {u"aggregatable"_s, field.type != FieldType::Boolean && !isLongText(field)},
        {u"aiPredictionField"_s, false},
        {u"autoNumber"_s, false},
        {u"byteLength"_s, byteLength(field)},
        {u"calculated"_s, field.calculated},
        {u"calculatedFormula"_s, QJsonValue::Null},
        {u"cascadeDelete"_s, false},
        {u"caseSensitive"_s, false},
        {u"compoundFieldName"_s, compoundFieldName(object, field)},
        {u"controllerName"_s, QJsonValue::Null},
        {u"createable"_s, field.createable},
        {u"custom"_s, field.name.endsWith(u"__c")},
        {u"defaultValue"_s, defaultValue(field)},
        {u"defaultValueFormula"_s, QJsonValue::Null},
        {u"defaultedOnCreate"_s, field.defaultedOnCreate},
        {u"dependentPicklist"_s, false},
        {u"deprecatedAndHidden"_s, false},
        // For int fields the total digits; precision and scale are for the others.
        {u"digits"_s, field.type == FieldType::Int ? field.precision : 0},
        {u"displayLocationInDecimal"_s, false},
        {u"encrypted"_s, false},
        {u"externalId"_s, field.externalId},
        {u"extraTypeInfo"_s, extraTypeInfo(object, field)},
        {u"filterable"_s, !isLongText(field)},
        {u"filteredLookupInfo"_s, QJsonValue::Null},
        {u"formulaTreatNullNumberAsZero"_s, false},
        {u"groupable"_s, groupable(field)},
        {u"highScaleNumber"_s, false},
        {u"htmlFormatted"_s, false},
        {u"idLookup"_s, idLookup(object, field)},
        {u"inlineHelpText"_s, QJsonValue::Null},
        {u"label"_s, field.label},
        {u"length"_s, field.length},
        {u"mask"_s, QJsonValue::Null},
        {u"maskType"_s, QJsonValue::Null},
        {u"name"_s, field.name},
        {u"nameField"_s, field.nameField},
        {u"namePointing"_s, polymorphic},
        {u"nillable"_s, field.nillable},
        {u"permissionable"_s, field.nillable && writable && !field.calculated},
        {u"picklistValues"_s, picklistValues(field)},
        {u"polymorphicForeignKey"_s, polymorphic},
        {u"precision"_s,
         isNumber(field.type) && field.type != FieldType::Int ? field.precision : 0},
        {u"queryByDistance"_s, false},
        {u"referenceTargetField"_s, QJsonValue::Null},
        {u"referenceTo"_s, QJsonArray::fromStringList(field.referenceTo)},
        {u"relationshipName"_s, field.relationshipName.isEmpty()
                                    ? QJsonValue(QJsonValue::Null)
                                    : QJsonValue(field.relationshipName)},
        {u"relationshipOrder"_s, QJsonValue::Null},
        {u"restrictedDelete"_s, false},
        {u"restrictedPicklist"_s, field.restrictedPicklist},
        {u"scale"_s, isNumber(field.type) && field.type != FieldType::Int ? field.scale : 0},
        {u"searchPrefilterable"_s, false},
        {u"soapType"_s, soapTypeName(field.type)},
        {u"sortable"_s, !isLongText(field)},
        {u"type"_s, fieldTypeName(field.type)},
        {u"unique"_s, field.unique},
        {u"updateable"_s, field.updateable},
        {u"writeRequiresMasterRead"_s, false},
    };
    return json;
}

} // namespace syncdesk::sandbox

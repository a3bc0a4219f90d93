#include "schema/field_description.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

QString fieldTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Id:
        return u"id"_s;
    case FieldType::String:
        return u"string"_s;
    case FieldType::TextArea:
        return u"textarea"_s;
    case FieldType::Email:
        return u"email"_s;
    case FieldType::Phone:
        return u"phone"_s;
    case FieldType::Url:
        return u"url"_s;
    case FieldType::Picklist:
        return u"picklist"_s;
    case FieldType::Reference:
        return u"reference"_s;
    case FieldType::Boolean:
        return u"boolean"_s;
    case FieldType::Int:
        return u"int"_s;
    case FieldType::Double:
        return u"double"_s;
    case FieldType::Currency:
        return u"currency"_s;
    case FieldType::Percent:
        return u"percent"_s;
    case FieldType::Date:
        return u"date"_s;
    case FieldType::DateTime:
        return u"datetime"_s;
    }
    return u"string"_s;
}

QString soapTypeName(FieldType type)
{
    switch (type) {
    case FieldType::Id:
    case FieldType::Reference:
        return u"tns:ID"_s;
    case FieldType::String:
    case FieldType::TextArea:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Url:
    case FieldType::Picklist:
        return u"xsd:string"_s;
    case FieldType::Boolean:
        return u"xsd:boolean"_s;
    case FieldType::Int:
        return u"xsd:int"_s;
    // Salesforce sends currency and percent as doubles on the wire.
    case FieldType::Double:
    case FieldType::Currency:
    case FieldType::Percent:
        return u"xsd:double"_s;
    case FieldType::Date:
        return u"xsd:date"_s;
    case FieldType::DateTime:
        return u"xsd:dateTime"_s;
    }
    return u"xsd:string"_s;
}

bool FieldDescription::isText() const
{
    switch (type) {
    case FieldType::String:
    case FieldType::TextArea:
    case FieldType::Email:
    case FieldType::Phone:
    case FieldType::Url:
    case FieldType::Picklist:
        return true;
    default:
        return false;
    }
}

} // namespace syncdesk::sandbox

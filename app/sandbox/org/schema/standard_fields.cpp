#include "schema/standard_fields.h"

namespace syncdesk::sandbox::standard_fields {

using namespace Qt::Literals::StringLiterals;

namespace {

FieldDescription make(const QString &name, const QString &label, FieldType type)
{
    FieldDescription field;
    field.name = name;
    field.label = label;
    field.type = type;
    return field;
}

} // namespace

FieldDescription text(const QString &name, const QString &label, int length)
{
    FieldDescription field = make(name, label, FieldType::String);
    field.length = length;
    return field;
}

FieldDescription textArea(const QString &name, const QString &label, int length)
{
    FieldDescription field = make(name, label, FieldType::TextArea);
    field.length = length;
    return field;
}

FieldDescription email(const QString &name, const QString &label)
{
    FieldDescription field = make(name, label, FieldType::Email);
    field.length = 80;
    return field;
}

FieldDescription phone(const QString &name, const QString &label)
{
    FieldDescription field = make(name, label, FieldType::Phone);
    field.length = 40;
    return field;
}

FieldDescription url(const QString &name, const QString &label)
{
    FieldDescription field = make(name, label, FieldType::Url);
    field.length = 255;
    return field;
}

FieldDescription picklist(const QString &name, const QString &label, const QStringList &values,
                          const QString &defaultValue)
{
    FieldDescription field = make(name, label, FieldType::Picklist);
    field.length = 255;
    field.picklistValues = values;
    field.defaultPicklistValue = defaultValue;
    return field;
}

FieldDescription reference(const QString &name, const QString &label,
                           const QStringList &referenceTo, const QString &relationshipName)
{
    FieldDescription field = make(name, label, FieldType::Reference);
    field.length = 18;
    field.referenceTo = referenceTo;
    field.relationshipName = relationshipName;
    return field;
}

FieldDescription checkbox(const QString &name, const QString &label)
{
    // Checkboxes are never null: an omitted one is false.
    FieldDescription field = make(name, label, FieldType::Boolean);
    field.nillable = false;
    field.defaultedOnCreate = true;
    return field;
}

FieldDescription integer(const QString &name, const QString &label, int digits)
{
    FieldDescription field = make(name, label, FieldType::Int);
    field.precision = digits;
    return field;
}

FieldDescription number(const QString &name, const QString &label, int precision, int scale)
{
    FieldDescription field = make(name, label, FieldType::Double);
    field.precision = precision;
    field.scale = scale;
    return field;
}

FieldDescription currency(const QString &name, const QString &label, int precision, int scale)
{
    FieldDescription field = make(name, label, FieldType::Currency);
    field.precision = precision;
    field.scale = scale;
    return field;
}

FieldDescription percent(const QString &name, const QString &label, int precision, int scale)
{
    FieldDescription field = make(name, label, FieldType::Percent);
    field.precision = precision;
    field.scale = scale;
    return field;
}

FieldDescription date(const QString &name, const QString &label)
{
    return make(name, label, FieldType::Date);
}

FieldDescription dateTime(const QString &name, const QString &label)
{
    return make(name, label, FieldType::DateTime);
}

FieldDescription required(FieldDescription field)
{
    field.nillable = false;
    field.defaultedOnCreate = false;
    return field;
}

FieldDescription defaulted(FieldDescription field)
{
    field.nillable = false;
    field.defaultedOnCreate = true;
    return field;
}

FieldDescription readOnly(FieldDescription field)
{
    field.createable = false;
    field.updateable = false;
    return field;
}

FieldDescription createOnly(FieldDescription field)
{
    field.updateable = false;
    return field;
}

FieldDescription restricted(FieldDescription field)
{
    field.restrictedPicklist = true;
    return field;
}

FieldDescription externalIdKey(FieldDescription field)
{
    field.externalId = true;
    field.unique = true;
    return field;
}

FieldDescription nameOf(FieldDescription field)
{
    field.nameField = true;
    return field;
}

QList<FieldDescription> systemFields(const QString &idLabel)
{
    FieldDescription id = make(u"Id"_s, idLabel, FieldType::Id);
    id.length = 18;
    const QStringList user{u"User"_s};
    return {
        defaulted(readOnly(id)),
        defaulted(readOnly(checkbox(u"IsDeleted"_s, u"Deleted"_s))),
        defaulted(readOnly(dateTime(u"CreatedDate"_s, u"Created Date"_s))),
        defaulted(readOnly(reference(u"CreatedById"_s, u"Created By ID"_s, user, u"CreatedBy"_s))),
        defaulted(readOnly(dateTime(u"LastModifiedDate"_s, u"Last Modified Date"_s))),
        defaulted(readOnly(
            reference(u"LastModifiedById"_s, u"Last Modified By ID"_s, user, u"LastModifiedBy"_s))),
        defaulted(readOnly(dateTime(u"SystemModstamp"_s, u"System Modstamp"_s))),
    };
}

FieldDescription owner()
{
    return defaulted(reference(u"OwnerId"_s, u"Owner ID"_s, {u"User"_s}, u"Owner"_s));
}

FieldDescription masterRecord(const QString &objectName)
{
    return readOnly(
        reference(u"MasterRecordId"_s, u"Master Record ID"_s, {objectName}, u"MasterRecord"_s));
}

FieldDescription personName(const QString &label)
{
    return nameOf(defaulted(readOnly(text(u"Name"_s, label, 121))));
}

QList<FieldDescription> address(const QString &prefix, const QString &labelPrefix)
{
    const QString space = labelPrefix.isEmpty() ? QString() : labelPrefix + u' ';
    return {
        textArea(prefix + u"Street"_s, space + u"Street"_s, 255),
        text(prefix + u"City"_s, space + u"City"_s, 40),
        text(prefix + u"State"_s, space + u"State/Province"_s, 80),
        text(prefix + u"PostalCode"_s, space + u"Zip/Postal Code"_s, 20),
        text(prefix + u"Country"_s, space + u"Country"_s, 80),
    };
}

FieldDescription syncDeskId(const QString &name, const QString &label)
{
    return externalIdKey(text(name, label, 64));
}

QStringList industries()
{
    return {u"Agriculture"_s,        u"Apparel"_s,        u"Banking"_s,      u"Biotechnology"_s,
            u"Chemicals"_s,          u"Communications"_s, u"Construction"_s, u"Consulting"_s,
            u"Education"_s,          u"Electronics"_s,    u"Energy"_s,       u"Engineering"_s,
            u"Entertainment"_s,      u"Environmental"_s,  u"Finance"_s,      u"Food & Beverage"_s,
            u"Government"_s,         u"Healthcare"_s,     u"Hospitality"_s,  u"Insurance"_s,
            u"Machinery"_s,          u"Manufacturing"_s,  u"Media"_s,        u"Not For Profit"_s,
            u"Recreation"_s,         u"Retail"_s,         u"Shipping"_s,     u"Technology"_s,
            u"Telecommunications"_s, u"Transportation"_s, u"Utilities"_s,    u"Other"_s};
}

QStringList ratings()
{
    return {u"Hot"_s, u"Warm"_s, u"Cold"_s};
}

QStringList leadSources()
{
    return {u"Web"_s, u"Phone Inquiry"_s, u"Partner Referral"_s, u"Purchased List"_s, u"Other"_s};
}

QStringList salutations()
{
    return {u"Mr."_s, u"Ms."_s, u"Mrs."_s, u"Dr."_s, u"Prof."_s, u"Mx."_s};
}

} // namespace syncdesk::sandbox::standard_fields

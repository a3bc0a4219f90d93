#pragma once

#include <QString>
#include <QStringList>

namespace syncdesk::sandbox {

// The field types the sandbox models, named as describe reports them.
enum class FieldType
{
    Id,
    String,
    TextArea,
    Email,
    Phone,
    Url,
    Picklist,
    Reference,
    Boolean,
    Int,
    Double,
    Currency,
    Percent,
    Date,
    DateTime,
};

// "id", "string", "textarea", ... as in describe's "type".
QString fieldTypeName(FieldType type);
// "tns:ID", "xsd:string", ... as in describe's "soapType".
QString soapTypeName(FieldType type);

struct FieldDescription
{
    QString name;
    QString label;
    FieldType type = FieldType::String;
    int length = 0;    // for text types; 0 otherwise
    int precision = 0; // for numbers
    int scale = 0;
    bool createable = true;
    bool updateable = true;
    bool nillable = true;
    bool defaultedOnCreate = false;
    bool externalId = false;
    bool unique = false;
    bool nameField = false;
    bool calculated = false;
    bool restrictedPicklist = false;
    QStringList picklistValues;
    QString defaultPicklistValue; // empty when none
    QStringList referenceTo;
    QString relationshipName; // e.g. "Account" for AccountId

    // Required on create: not nillable, createable and not defaulted.
    bool requiredOnCreate() const { return !nillable && createable && !defaultedOnCreate; }
    bool isText() const;
};

} // namespace syncdesk::sandbox

#include "soql_test_org.h"

#include "data/salesforce_id.h"

#include <gtest/gtest.h>

namespace syncdesk::sandbox::test {

using namespace Qt::Literals::StringLiterals;

namespace {

FieldDescription field(const QString &name, FieldType type)
{
    FieldDescription description;
    description.name = name;
    description.label = name;
    description.type = type;
    return description;
}

FieldDescription reference(const QString &name, const QString &target, const QString &relationship)
{
    FieldDescription description = field(name, FieldType::Reference);
    description.referenceTo = {target};
    description.relationshipName = relationship;
    return description;
}

QList<FieldDescription> systemFields()
{
    return {field(u"Id"_s, FieldType::Id), field(u"IsDeleted"_s, FieldType::Boolean),
            field(u"CreatedDate"_s, FieldType::DateTime),
            field(u"LastModifiedDate"_s, FieldType::DateTime),
            field(u"SystemModstamp"_s, FieldType::DateTime)};
}

ObjectDescription object(const QString &name, const QString &prefix,
                         const QList<FieldDescription> &fields)
{
    ObjectDescription description;
    description.name = name;
    description.label = name;
    description.labelPlural = name + u's';
    description.keyPrefix = prefix;
    description.fields = systemFields() + fields;
    return description;
}

} // namespace

const OrgSchema &soqlTestSchema()
{
    static const OrgSchema schema({
        object(u"Account"_s, u"001"_s,
               {field(u"Name"_s, FieldType::String), field(u"Industry"_s, FieldType::Picklist),
                field(u"NumberOfEmployees"_s, FieldType::Int),
                field(u"AnnualRevenue"_s, FieldType::Currency),
                reference(u"OwnerId"_s, u"User"_s, u"Owner"_s)}),
        object(u"Contact"_s, u"003"_s,
               {field(u"FirstName"_s, FieldType::String), field(u"LastName"_s, FieldType::String),
                field(u"Email"_s, FieldType::Email), field(u"Description"_s, FieldType::TextArea),
                field(u"Birthdate"_s, FieldType::Date),
                field(u"HasOptedOutOfEmail"_s, FieldType::Boolean),
                field(u"Score__c"_s, FieldType::Double),
                reference(u"AccountId"_s, u"Account"_s, u"Account"_s),
                reference(u"OwnerId"_s, u"User"_s, u"Owner"_s)}),
        object(u"User"_s, u"005"_s,
               {field(u"Name"_s, FieldType::String), field(u"Email"_s, FieldType::Email)}),
    });
    return schema;
}

SoqlTestOrg::SoqlTestOrg() = default;

QString SoqlTestOrg::add(const QString &objectName, const QString &keyPrefix, QJsonObject fields)
{
    const QString id = salesforce_id::make(keyPrefix, m_serial++);
    fields.insert(u"Id"_s, id);
    if (!fields.contains(u"IsDeleted"_s))
        fields.insert(u"IsDeleted"_s, false);
    m_records[objectName].append(fields);
    m_byId.insert(id, fields);
    return id;
}

QString SoqlTestOrg::addAccount(const QJsonObject &fields)
{
    return add(u"Account"_s, u"001"_s, fields);
}

QString SoqlTestOrg::addContact(const QJsonObject &fields)
{
    return add(u"Contact"_s, u"003"_s, fields);
}

QString SoqlTestOrg::addUser(const QJsonObject &fields)
{
    return add(u"User"_s, u"005"_s, fields);
}

QList<QJsonObject> SoqlTestOrg::records(const QString &objectName) const
{
    return m_records.value(objectName);
}

ParentLookup SoqlTestOrg::parents() const
{
    return [this](const QString &id) { return m_byId.value(id); };
}

QList<QJsonObject> SoqlTestOrg::run(const QString &soql) const
{
    const SoqlQuery query = parseOrFail(soql);
    return executeSoql(query, records(query.objectName()), parents(), u"v62.0");
}

qsizetype SoqlTestOrg::count(const QString &soql) const
{
    const SoqlQuery query = parseOrFail(soql);
    EXPECT_TRUE(query.isCount()) << soql.toStdString();
    return countSoql(query, records(query.objectName()), parents());
}

SoqlQuery parseOrFail(const QString &soql)
{
    auto result = parseSoql(soql, soqlTestSchema());
    if (const auto *error = std::get_if<SalesforceError>(&result)) {
        ADD_FAILURE() << "query failed: " << soql.toStdString() << "\n"
                      << error->errorCode.toStdString() << ": " << error->message.toStdString();
        return SoqlQuery();
    }
    return std::get<SoqlQuery>(result);
}

SalesforceError errorOf(const QString &soql)
{
    auto result = parseSoql(soql, soqlTestSchema());
    if (const auto *error = std::get_if<SalesforceError>(&result))
        return *error;
    ADD_FAILURE() << "query parsed but should have failed: " << soql.toStdString();
    return {};
}

} // namespace syncdesk::sandbox::test

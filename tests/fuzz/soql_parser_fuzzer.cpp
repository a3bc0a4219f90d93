// Feeds arbitrary bytes to the SOQL parser; whatever parses is also run
// against a few records, so the evaluator and projection see odd queries too.
#include "data/salesforce_id.h"
#include "schema/object_description.h"
#include "soql/soql_executor.h"
#include "soql/soql_parser.h"

#include <QHash>
#include <QJsonObject>
#include <cstddef>
#include <cstdint>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk::sandbox;

namespace {

FieldDescription field(const QString &name, FieldType type, const QString &target = {},
                       const QString &relationship = {})
{
    FieldDescription description;
    description.name = name;
    description.type = type;
    if (!target.isEmpty())
        description.referenceTo = {target};
    description.relationshipName = relationship;
    return description;
}

ObjectDescription object(const QString &name, const QString &prefix, QList<FieldDescription> fields)
{
    fields.prepend(field(u"SystemModstamp"_s, FieldType::DateTime));
    fields.prepend(field(u"CreatedDate"_s, FieldType::DateTime));
    fields.prepend(field(u"IsDeleted"_s, FieldType::Boolean));
    fields.prepend(field(u"Id"_s, FieldType::Id));
    ObjectDescription description;
    description.name = name;
    description.keyPrefix = prefix;
    description.fields = fields;
    return description;
}

struct FuzzOrg
{
    OrgSchema schema{{
        object(u"Account"_s, u"001"_s,
               {field(u"Name"_s, FieldType::String), field(u"NumberOfEmployees"_s, FieldType::Int),
                field(u"AnnualRevenue"_s, FieldType::Currency),
                field(u"OwnerId"_s, FieldType::Reference, u"User"_s, u"Owner"_s)}),
        object(u"Contact"_s, u"003"_s,
               {field(u"LastName"_s, FieldType::String), field(u"Email"_s, FieldType::Email),
                field(u"Birthdate"_s, FieldType::Date),
                field(u"HasOptedOutOfEmail"_s, FieldType::Boolean),
                field(u"Score__c"_s, FieldType::Double),
                field(u"AccountId"_s, FieldType::Reference, u"Account"_s, u"Account"_s)}),
        object(u"User"_s, u"005"_s, {field(u"Name"_s, FieldType::String)}),
    }};
    QHash<QString, QList<QJsonObject>> records;
    QHash<QString, QJsonObject> byId;

    FuzzOrg()
    {
        const QString user = add(u"User"_s, u"005"_s, 1, {{u"Name"_s, u"Owner"_s}});
        const QString account =
            add(u"Account"_s, u"001"_s, 1,
                {{u"Name"_s, u"Acme"_s}, {u"NumberOfEmployees"_s, 50}, {u"OwnerId"_s, user}});
        add(u"Account"_s, u"001"_s, 2, {{u"Name"_s, QJsonValue::Null}});
        add(u"Contact"_s, u"003"_s, 1,
            {{u"LastName"_s, u"O'Brien"_s},
             {u"Email"_s, u"ob@example.com"_s},
             {u"Birthdate"_s, u"1990-02-03"_s},
             {u"Score__c"_s, 1.5},
             {u"AccountId"_s, account},
             {u"SystemModstamp"_s, u"2024-01-01T00:00:00.000+0000"_s}});
        add(u"Contact"_s, u"003"_s, 2,
            {{u"LastName"_s, u"100%_match"_s},
             {u"HasOptedOutOfEmail"_s, true},
             {u"AccountId"_s, u"001000000000000AAA"_s},
             {u"SystemModstamp"_s, u"not a date"_s}});
        add(u"Contact"_s, u"003"_s, 3, {});
    }

    QString add(const QString &name, const QString &prefix, quint64 serial, QJsonObject fields)
    {
        const QString id = salesforce_id::make(prefix, serial);
        fields.insert(u"Id"_s, id);
        records[name].append(fields);
        byId.insert(id, fields);
        return id;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FuzzOrg org;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    auto parsed = parseSoql(text, org.schema);
    const auto *query = std::get_if<SoqlQuery>(&parsed);
    if (!query) {
        const auto &error = std::get<SalesforceError>(parsed);
        if (error.errorCode.isEmpty() || error.message.isEmpty())
            __builtin_trap(); // every refusal must say why
        return 0;
    }
    const ParentLookup parents = [](const QString &id) { return org.byId.value(id); };
    const QList<QJsonObject> candidates = org.records.value(query->objectName());
    if (query->isCount()) {
        const qsizetype count = countSoql(*query, candidates, parents);
        if (count < 0 || count > candidates.size())
            __builtin_trap();
        return 0;
    }
    const QList<QJsonObject> rows = executeSoql(*query, candidates, parents, u"v62.0");
    if (rows.size() > candidates.size())
        __builtin_trap();
    return 0;
}

#include "data/record_store.h"
#include "limits/org_clock.h"
#include "schema/object_description.h"
#include "sim/crm_users.h"

#include <QJsonDocument>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

FieldDescription field(const QString &name, FieldType type, int length = 0)
{
    FieldDescription description;
    description.name = name;
    description.label = name;
    description.type = type;
    description.length = length;
    return description;
}

FieldDescription picklist(const QString &name, const QStringList &values)
{
    FieldDescription description = field(name, FieldType::Picklist, 255);
    description.picklistValues = values;
    return description;
}

FieldDescription required(FieldDescription description)
{
    description.nillable = false;
    return description;
}

FieldDescription readOnly(FieldDescription description)
{
    description.updateable = false;
    description.createable = false;
    return description;
}

ObjectDescription object(const QString &name, const QString &prefix, QList<FieldDescription> fields)
{
    ObjectDescription description;
    description.name = name;
    description.label = name;
    description.labelPlural = name + u's';
    description.keyPrefix = prefix;
    fields.prepend(readOnly(field(u"Id"_s, FieldType::Id, 18)));
    fields.append(readOnly(field(u"SystemModstamp"_s, FieldType::DateTime)));
    description.fields = fields;
    return description;
}

const QStringList kRatings{u"Hot"_s, u"Warm"_s, u"Cold"_s};
const QStringList kStages{u"Prospecting"_s, u"Qualification"_s, u"Closed Won"_s, u"Closed Lost"_s};
const QStringList kLeadStatuses{u"Open - Not Contacted"_s, u"Working - Contacted"_s,
                                u"Closed - Converted"_s};

// A small org of the four objects users edit, independent of the standard schema.
OrgSchema testSchema()
{
    FieldDescription status = required(picklist(u"Status"_s, kLeadStatuses));
    status.defaultedOnCreate = true;
    status.defaultPicklistValue = kLeadStatuses.first();
    return OrgSchema({
        object(u"Account"_s, u"001"_s,
               {required(field(u"Name"_s, FieldType::String, 255)),
                field(u"Phone"_s, FieldType::Phone, 40), picklist(u"Rating"_s, kRatings),
                field(u"NumberOfEmployees"_s, FieldType::Int)}),
        object(u"Contact"_s, u"003"_s,
               {required(field(u"LastName"_s, FieldType::String, 80)),
                field(u"Title"_s, FieldType::String, 128), field(u"Phone"_s, FieldType::Phone, 40),
                field(u"Description"_s, FieldType::TextArea, 32000)}),
        object(u"Lead"_s, u"00Q"_s,
               {field(u"FirstName"_s, FieldType::String, 40),
                required(field(u"LastName"_s, FieldType::String, 80)),
                required(field(u"Company"_s, FieldType::String, 255)),
                field(u"Email"_s, FieldType::Email, 80), field(u"Phone"_s, FieldType::Phone, 40),
                status, picklist(u"Rating"_s, kRatings), field(u"Title"_s, FieldType::String, 8)}),
        object(u"Opportunity"_s, u"006"_s,
               {required(field(u"Name"_s, FieldType::String, 120)),
                required(picklist(u"StageName"_s, kStages)),
                field(u"Amount"_s, FieldType::Currency), field(u"CloseDate"_s, FieldType::Date)}),
    });
}

const OrgSchema &schema()
{
    static const OrgSchema instance = testSchema();
    return instance;
}

struct Org
{
    Org()
        : store(schema())
    {
        clock.setTimeZone(QTimeZone::utc());
        clock.freeze(QDateTime(QDate(2024, 3, 5), QTime(9, 0), QTimeZone::utc()));
        const QDateTime created = clock.now().addDays(-30);
        for (int i = 0; i < 5; ++i) {
            store.insert(u"Account"_s, {{u"Name"_s, u"Account %1"_s.arg(i)}}, created);
            store.insert(u"Contact"_s, {{u"LastName"_s, u"Contact %1"_s.arg(i)}}, created);
            store.insert(u"Lead"_s,
                         {{u"LastName"_s, u"Lead %1"_s.arg(i)},
                          {u"Company"_s, u"Co %1"_s.arg(i)},
                          {u"Status"_s, kLeadStatuses.first()}},
                         created);
            store.insert(u"Opportunity"_s,
                         {{u"Name"_s, u"Deal %1"_s.arg(i)}, {u"StageName"_s, kStages.first()}},
                         created);
        }
    }

    QByteArray dump() const
    {
        QByteArray all;
        for (const QString &name : {u"Account"_s, u"Contact"_s, u"Lead"_s, u"Opportunity"_s}) {
            for (const QJsonObject &record : store.records(name, true))
                all += QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n';
        }
        return all;
    }

    OrgClock clock;
    RecordStore store;
};

QByteArray afterActions(quint32 seed, int actions)
{
    Org org;
    CrmUsers users(org.store, org.clock, seed);
    for (int i = 0; i < actions; ++i) {
        org.clock.advance(37);
        users.act();
    }
    return org.dump();
}

} // namespace

TEST(CrmUsers, AnEditMovesSystemModstampAndLastModifiedDate)
{
    Org org;
    CrmUsers users(org.store, org.clock, 7);
    const QByteArray before = org.dump();
    org.clock.advance(600);
    QString touchedObject;
    QString touchedId;
    QObject::connect(&users, &CrmUsers::recordTouched, &users,
                     [&](const QString &objectName, const QString &id) {
                         touchedObject = objectName;
                         touchedId = id;
                     });
    int edits = 0;
    while (edits == 0) { // skip past a create or delete, should the seed start with one
        ASSERT_TRUE(users.act());
        edits = int(users.editsMade());
    }
    ASSERT_FALSE(touchedId.isEmpty());
    const QJsonObject *record = org.store.find(touchedId);
    ASSERT_NE(record, nullptr);
    const QString stamp = salesforceDateTime(org.clock.now());
    EXPECT_EQ(record->value(u"SystemModstamp"_s).toString(), stamp);
    EXPECT_EQ(record->value(u"LastModifiedDate"_s).toString(), stamp);
    EXPECT_NE(record->value(u"CreatedDate"_s).toString(), stamp);
    EXPECT_NE(org.dump(), before);
}

TEST(CrmUsers, EditsUseValuesValidForTheField)
{
    Org org;
    CrmUsers users(org.store, org.clock, 11);
    for (int i = 0; i < 400; ++i) {
        org.clock.advance(5);
        users.act();
    }
    EXPECT_GT(users.editsMade(), 300);
    for (const ObjectDescription &object : schema().objects()) {
        for (const QJsonObject &record : org.store.records(object.name, true)) {
            for (auto it = record.begin(); it != record.end(); ++it) {
                const FieldDescription *description = object.field(it.key());
                if (!description)
                    continue; // CreatedDate, IsDeleted... kept by the store
                SCOPED_TRACE(QString(object.name + u'.' + it.key()).toStdString());
                if (description->type == FieldType::Picklist)
                    EXPECT_TRUE(description->picklistValues.contains(it.value().toString()));
                if (description->length > 0 && it.value().isString())
                    EXPECT_LE(it.value().toString().size(), description->length);
                if (description->type == FieldType::Currency || description->type == FieldType::Int)
                    EXPECT_TRUE(it.value().isDouble());
                if (description->type == FieldType::Date)
                    EXPECT_TRUE(QDate::fromString(it.value().toString(), Qt::ISODate).isValid());
                if (description->type == FieldType::Phone)
                    EXPECT_TRUE(it.value().toString().startsWith(u'('));
            }
        }
    }
}

TEST(CrmUsers, SometimesCreateOrDeleteALead)
{
    Org org;
    CrmUsers users(org.store, org.clock, 3);
    for (int i = 0; i < 1000; ++i)
        users.act();
    EXPECT_GT(users.leadsCreated(), 0);
    EXPECT_GT(users.leadsDeleted(), 0);
    EXPECT_LT(users.leadsCreated() + users.leadsDeleted(), 100);
    EXPECT_EQ(org.store.count(u"Lead"_s, true), 5 + users.leadsCreated());
    EXPECT_EQ(org.store.count(u"Lead"_s), 5 + users.leadsCreated() - users.leadsDeleted());
    for (const QJsonObject &lead : org.store.records(u"Lead"_s)) {
        EXPECT_FALSE(lead.value(u"LastName"_s).toString().isEmpty());
        EXPECT_FALSE(lead.value(u"Company"_s).toString().isEmpty());
        EXPECT_TRUE(kLeadStatuses.contains(lead.value(u"Status"_s).toString()));
    }
}

TEST(CrmUsers, SameSeedSameEdits)
{
    const QByteArray first = afterActions(2024, 200);
    EXPECT_EQ(first, afterActions(2024, 200));
    EXPECT_NE(first, afterActions(2025, 200));
}

TEST(CrmUsers, TicksEditAtTheConfiguredRateOnlyWhileStarted)
{
    Org org;
    CrmUsers users(org.store, org.clock, 5);
    users.setRate(60);
    org.clock.advance(3600);
    users.tick();
    EXPECT_EQ(users.editsMade() + users.leadsCreated() + users.leadsDeleted(), 0);

    users.start();
    for (int minute = 0; minute < 120; ++minute) { // Tuesday 9:00 to 11:00 after the hour above
        org.clock.advance(60);
        users.tick();
    }
    users.stop();
    const qint64 actions = users.editsMade() + users.leadsCreated() + users.leadsDeleted();
    // 60 an hour on average is about 145 an hour in office hours.
    EXPECT_GT(actions, 200);
    EXPECT_LT(actions, 380);
    org.clock.advance(3600);
    users.tick();
    EXPECT_EQ(users.editsMade() + users.leadsCreated() + users.leadsDeleted(), actions);
}

#include "data/record_validator.h"
#include "data/salesforce_id.h"
#include "data/seed_data.h"

#include <QSet>
#include <QTimeZone>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime now(QDate(2024, 6, 1), QTime(12, 0), QTimeZone::utc());

SeedCounts smallCounts()
{
    SeedCounts counts;
    counts.users = 4;
    counts.accounts = 60;
    counts.contacts = 120;
    counts.leads = 90;
    counts.opportunities = 50;
    counts.tasks = 40;
    return counts;
}

QList<QJsonObject> allRecords(const RecordStore &store)
{
    QList<QJsonObject> records;
    for (const ObjectDescription &object : store.schema().objects())
        records.append(store.records(object.name, true));
    return records;
}

} // namespace

TEST(SeedData, CreatesTheRequestedCounts)
{
    RecordStore store(OrgSchema::standard());
    seedOrg(store, 7, smallCounts(), now);
    EXPECT_EQ(store.count(u"User"_s), 4);
    EXPECT_EQ(store.count(u"Account"_s), 60);
    EXPECT_EQ(store.count(u"Contact"_s), 120);
    EXPECT_EQ(store.count(u"Lead"_s), 90);
    EXPECT_EQ(store.count(u"Opportunity"_s), 50);
    EXPECT_EQ(store.count(u"Task"_s), 40);
}

TEST(SeedData, DefaultCountsAreAFullOrg)
{
    RecordStore store(OrgSchema::standard());
    seedOrg(store, 1, SeedCounts{}, now);
    EXPECT_EQ(store.count(u"Account"_s), 1500);
    EXPECT_EQ(store.count(u"Contact"_s), 3000);
    EXPECT_EQ(store.count(u"Lead"_s), 2500);
    EXPECT_EQ(store.count(u"Opportunity"_s), 1200);
    QSet<QString> accountNames;
    for (const QJsonObject &account : store.records(u"Account"_s))
        accountNames.insert(account.value(u"Name"_s).toString());
    EXPECT_EQ(accountNames.size(), 1500);
}

TEST(SeedData, SameSeedSameDataDifferentSeedDifferentData)
{
    RecordStore first(OrgSchema::standard());
    RecordStore second(OrgSchema::standard());
    RecordStore other(OrgSchema::standard());
    seedOrg(first, 42, smallCounts(), now);
    seedOrg(second, 42, smallCounts(), now);
    seedOrg(other, 43, smallCounts(), now);
    EXPECT_EQ(allRecords(first), allRecords(second));
    EXPECT_NE(allRecords(first), allRecords(other));
}

TEST(SeedData, IdsAndReferencesAreValid)
{
    RecordStore store(OrgSchema::standard());
    seedOrg(store, 3, smallCounts(), now);
    for (const ObjectDescription &object : store.schema().objects()) {
        for (const QJsonObject &record : store.records(object.name)) {
            const QString id = record.value(u"Id"_s).toString();
            EXPECT_EQ(salesforce_id::toEighteen(id), id);
            EXPECT_TRUE(id.startsWith(object.keyPrefix));
            for (const FieldDescription &field : object.fields) {
                if (field.type != FieldType::Reference || !record.contains(field.name) ||
                    record.value(field.name).isNull())
                    continue;
                const QString target = record.value(field.name).toString();
                const QJsonObject *referenced = store.find(target);
                ASSERT_NE(referenced, nullptr)
                    << object.name.toStdString() << "." << field.name.toStdString();
                EXPECT_TRUE(field.referenceTo.contains(store.objectOf(target)));
            }
        }
    }
    for (const QJsonObject &contact : store.records(u"Contact"_s)) {
        EXPECT_FALSE(contact.value(u"AccountId"_s).toString().isEmpty());
        EXPECT_FALSE(contact.value(u"OwnerId"_s).toString().isEmpty());
    }
}

TEST(SeedData, RecordsPassValidationAndLookPlausible)
{
    RecordStore store(OrgSchema::standard());
    seedOrg(store, 11, smallCounts(), now);
    const QStringList systemManaged{u"Id"_s, u"IsDeleted"_s, u"CreatedDate"_s,
                                    u"LastModifiedDate"_s, u"SystemModstamp"_s};
    for (const QString &objectName :
         {u"Account"_s, u"Contact"_s, u"Lead"_s, u"Opportunity"_s, u"Task"_s}) {
        const ObjectDescription &object = *store.schema().object(objectName);
        for (const QJsonObject &record : store.records(objectName)) {
            // What a client could have sent: the record less what Salesforce sets itself.
            QJsonObject body;
            for (auto field = record.begin(); field != record.end(); ++field)
                if (object.field(field.key())->createable)
                    body.insert(field.key(), field.value());
            const ValidationResult result = validateForCreate(object, body, &store.schema());
            ASSERT_TRUE(result.ok())
                << objectName.toStdString() << ": " << result.errors.first().message.toStdString();
            for (auto field = body.begin(); field != body.end(); ++field)
                EXPECT_EQ(result.fields.value(field.key()), field.value())
                    << objectName.toStdString() << "." << field.key().toStdString();
        }
    }
    const QJsonObject contact = store.records(u"Contact"_s).first();
    EXPECT_EQ(contact.value(u"Name"_s).toString(), contact.value(u"FirstName"_s).toString() + u' ' +
                                                       contact.value(u"LastName"_s).toString());
    EXPECT_TRUE(contact.value(u"Phone"_s).toString().startsWith(u"+1 "_s));
    EXPECT_TRUE(contact.value(u"Email"_s).toString().contains(u'@'));
}

TEST(SeedData, TimesSpreadOverTheLastNinetyDays)
{
    RecordStore store(OrgSchema::standard());
    seedOrg(store, 5, smallCounts(), now);
    int modifiedLater = 0;
    QDateTime previous;
    for (const QJsonObject &record : store.records(u"Contact"_s)) {
        const QDateTime created =
            QDateTime::fromString(record.value(u"CreatedDate"_s).toString(), Qt::ISODateWithMs);
        const QDateTime modified = QDateTime::fromString(
            record.value(u"LastModifiedDate"_s).toString(), Qt::ISODateWithMs);
        ASSERT_TRUE(created.isValid());
        EXPECT_GE(created, now.addDays(-90));
        EXPECT_LT(created, now);
        EXPECT_GE(modified, created);
        EXPECT_LE(modified, now);
        EXPECT_EQ(record.value(u"SystemModstamp"_s), record.value(u"LastModifiedDate"_s));
        if (previous.isValid())
            EXPECT_GE(created, previous); // inserted in creation order
        previous = created;
        modifiedLater += modified > created ? 1 : 0;
    }
    EXPECT_GT(modifiedLater, 10);
    EXPECT_LT(modifiedLater, 110);
}

// The store's reads by key must find exactly what reading every record finds,
// whatever happened to the records since they were indexed.
#include "data/case_insensitive_key.h"
#include "data/record_store.h"

#include <QSet>
#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);
const QString contact = u"Contact"_s;
const QString externalId = u"SyncDesk_Id__c"_s;

QStringList idsOf(const QList<QJsonObject> &rows)
{
    QStringList ids;
    for (const QJsonObject &row : rows)
        ids.append(row.value(u"Id"_s).toString());
    return ids;
}

// Upsert matching as it was before the index: every live record, compared.
QStringList scannedMatches(const RecordStore &store, const QString &value)
{
    QStringList ids;
    for (const QJsonObject &row : store.records(contact)) {
        const QJsonValue stored = row.value(externalId);
        if (stored.isString() && stored.toString().compare(value, Qt::CaseInsensitive) == 0)
            ids.append(row.value(u"Id"_s).toString());
    }
    return ids;
}

// The same question through the index, with the same final comparison.
QStringList indexedMatches(const RecordStore &store, const QString &value)
{
    QStringList ids;
    for (const QJsonObject &row : store.externalIdCandidates(contact, externalId, value)) {
        const QJsonValue stored = row.value(externalId);
        if (!row.value(u"IsDeleted"_s).toBool() && stored.isString() &&
            stored.toString().compare(value, Qt::CaseInsensitive) == 0)
            ids.append(row.value(u"Id"_s).toString());
    }
    return ids;
}

void expectIndexAgreesWithScan(const RecordStore &store, const QStringList &values)
{
    for (const QString &value : values)
        EXPECT_EQ(indexedMatches(store, value), scannedMatches(store, value))
            << "value " << value.toStdString();
}

QJsonObject person(const QString &lastName, const QJsonValue &key)
{
    return {{u"LastName"_s, lastName}, {externalId, key}};
}

} // namespace

TEST(RecordStoreLookups, KeysAgreeWithCaseInsensitiveCompare)
{
    const QList<std::pair<QString, QString>> pairs{
        {u"SD-abc-42"_s, u"sd-ABC-42"_s},
        {u"Straße"_s, u"STRASSE"_s},
        {u"ΣΊΣΥΦΟΣ"_s, u"σίσυφος"_s},
        {u"\u212Aelvin"_s, u"kelvin"_s},      // KELVIN SIGN folds to k
        {u"\U00010400x"_s, u"\U00010428X"_s}, // Deseret, outside the BMP
        {u"\u0130"_s, u"i"_s},
        {u"a"_s, u"ab"_s},
    };
    for (const auto &[left, right] : pairs) {
        if (left.compare(right, Qt::CaseInsensitive) == 0)
            EXPECT_EQ(caseInsensitiveKey(left), caseInsensitiveKey(right)) << left.toStdString();
    }
    // Every code point against its other cases.
    qsizetype disagreements = 0;
    for (char32_t c = 0; c <= QChar::LastValidCodePoint; ++c) {
        const QString text = QString::fromUcs4(&c, 1);
        for (const char32_t other : {QChar::toUpper(c), QChar::toLower(c), QChar::toTitleCase(c),
                                     QChar::toCaseFolded(c)}) {
            const QString otherText = QString::fromUcs4(&other, 1);
            if (text.compare(otherText, Qt::CaseInsensitive) == 0 &&
                caseInsensitiveKey(text) != caseInsensitiveKey(otherText))
                ++disagreements;
        }
    }
    EXPECT_EQ(disagreements, 0);
    EXPECT_EQ(caseInsensitiveKey(u"SD-abc-42"_s), caseInsensitiveKey(u"sd-ABC-42"_s));
    EXPECT_NE(caseInsensitiveKey(u"a"_s), caseInsensitiveKey(u"ab"_s));
}

TEST(RecordStoreLookups, ExternalIdsMatchIgnoringCaseAsTheScanDid)
{
    RecordStore store(OrgSchema::standard());
    ASSERT_TRUE(store.indexesExternalId(contact, externalId));
    EXPECT_FALSE(store.indexesExternalId(contact, u"LastName"_s));
    const QString first = store.insert(contact, person(u"A"_s, u"Ext-1"_s), t0);
    const QString twin = store.insert(contact, person(u"B"_s, u"EXT-1"_s), t0);
    store.insert(contact, person(u"C"_s, QJsonValue::Null), t0);
    store.insert(contact, {{u"LastName"_s, u"D"_s}}, t0);
    EXPECT_EQ(indexedMatches(store, u"ext-1"_s), (QStringList{first, twin}));
    expectIndexAgreesWithScan(store, {u"ext-1"_s, u"Ext-1 "_s, u""_s, u"D"_s});
}

TEST(RecordStoreLookups, ChangingOrClearingAnExternalIdMovesTheRecord)
{
    RecordStore store(OrgSchema::standard());
    const QString id = store.insert(contact, person(u"A"_s, u"old-1"_s), t0);
    ASSERT_TRUE(store.update(id, {{externalId, u"NEW-1"_s}}, t0.addSecs(1)));
    EXPECT_TRUE(indexedMatches(store, u"old-1"_s).isEmpty());
    EXPECT_EQ(indexedMatches(store, u"new-1"_s), QStringList{id});
    // An update that leaves the field alone keeps it where it is.
    ASSERT_TRUE(store.update(id, {{u"Title"_s, u"CTO"_s}}, t0.addSecs(2)));
    EXPECT_EQ(indexedMatches(store, u"new-1"_s), QStringList{id});
    ASSERT_TRUE(store.update(id, {{externalId, QJsonValue::Null}}, t0.addSecs(3)));
    EXPECT_TRUE(indexedMatches(store, u"new-1"_s).isEmpty());
    ASSERT_TRUE(store.update(id, {{externalId, u"old-1"_s}}, t0.addSecs(4)));
    EXPECT_EQ(indexedMatches(store, u"OLD-1"_s), QStringList{id});
    expectIndexAgreesWithScan(store, {u"old-1"_s, u"new-1"_s});
}

TEST(RecordStoreLookups, DeletedAndPurgedRecordsDropOut)
{
    RecordStore store(OrgSchema::standard());
    const QString deleted = store.insert(contact, person(u"A"_s, u"k-1"_s), t0);
    const QString purged = store.insert(contact, person(u"B"_s, u"k-2"_s), t0);
    const QString binned = store.insert(contact, person(u"C"_s, u"k-3"_s), t0);
    ASSERT_TRUE(store.remove(deleted, t0.addSecs(1)));
    ASSERT_TRUE(store.purge(purged));
    ASSERT_TRUE(store.remove(binned, t0.addSecs(1)));
    // Deleted records stay candidates (queryAll reads them), purged ones go.
    EXPECT_EQ(idsOf(store.externalIdCandidates(contact, externalId, u"k-1"_s)),
              QStringList{deleted});
    EXPECT_TRUE(store.externalIdCandidates(contact, externalId, u"k-2"_s).isEmpty());
    EXPECT_EQ(store.emptyRecycleBin(), 2);
    EXPECT_TRUE(store.externalIdCandidates(contact, externalId, u"k-1"_s).isEmpty());
    EXPECT_TRUE(store.externalIdCandidates(contact, externalId, u"k-3"_s).isEmpty());
    // A new record may take a freed value.
    const QString reused = store.insert(contact, person(u"D"_s, u"K-1"_s), t0.addSecs(2));
    EXPECT_EQ(indexedMatches(store, u"k-1"_s), QStringList{reused});
    expectIndexAgreesWithScan(store, {u"k-1"_s, u"k-2"_s, u"k-3"_s});
}

TEST(RecordStoreLookups, RollBackTakesTheIndexBackWithTheRows)
{
    RecordStore store(OrgSchema::standard());
    const QString kept = store.insert(contact, person(u"A"_s, u"r-1"_s), t0);
    const RecordStore::Snapshot before = store.snapshot();
    const QString added = store.insert(contact, person(u"B"_s, u"r-2"_s), t0);
    ASSERT_TRUE(store.update(kept, {{externalId, u"r-3"_s}}, t0));
    EXPECT_EQ(indexedMatches(store, u"r-2"_s), QStringList{added});
    store.rollBack(before);
    EXPECT_EQ(indexedMatches(store, u"r-1"_s), QStringList{kept});
    EXPECT_TRUE(indexedMatches(store, u"r-2"_s).isEmpty());
    EXPECT_TRUE(indexedMatches(store, u"r-3"_s).isEmpty());
    // Writes after the roll-back leave the snapshot's copy alone.
    ASSERT_TRUE(store.purge(kept));
    store.rollBack(before);
    EXPECT_EQ(indexedMatches(store, u"r-1"_s), QStringList{kept});
    expectIndexAgreesWithScan(store, {u"r-1"_s, u"r-2"_s, u"r-3"_s});
}

TEST(RecordStoreLookups, RestoreReplacesAndClearEmpties)
{
    RecordStore original(OrgSchema::standard());
    const QString id = original.insert(contact, person(u"A"_s, u"s-1"_s), t0);
    RecordStore store(OrgSchema::standard());
    store.restore(contact, *original.find(id));
    EXPECT_EQ(indexedMatches(store, u"S-1"_s), QStringList{id});
    QJsonObject changed = *original.find(id);
    changed.insert(externalId, u"s-2"_s);
    store.restore(contact, changed);
    EXPECT_TRUE(indexedMatches(store, u"s-1"_s).isEmpty());
    EXPECT_EQ(indexedMatches(store, u"s-2"_s), QStringList{id});
    store.clear();
    EXPECT_TRUE(store.externalIdCandidates(contact, externalId, u"s-2"_s).isEmpty());
    const QString fresh = store.insert(contact, person(u"B"_s, u"s-2"_s), t0);
    EXPECT_EQ(indexedMatches(store, u"s-2"_s), QStringList{fresh});
}

TEST(RecordStoreLookups, ReadsByIdKeepInsertionOrderAndVisibility)
{
    RecordStore store(OrgSchema::standard());
    QStringList ids;
    for (int i = 0; i < 6; ++i)
        ids.append(store.insert(contact, {{u"LastName"_s, QString::number(i)}}, t0));
    const QString account = store.insert(u"Account"_s, {{u"Name"_s, u"Acme"_s}}, t0);
    ASSERT_TRUE(store.purge(ids[2]));
    ASSERT_TRUE(store.remove(ids[4], t0));
    store.setCommitDelay(RecordStore::Writer::Api, 10);
    ASSERT_TRUE(store.update(ids[1], {{u"LastName"_s, u"later"_s}}, t0.addSecs(1)));
    const QString pendingInsert = store.insert(contact, {{u"LastName"_s, u"new"_s}}, t0.addSecs(1));

    const QStringList asked{ids[5], pendingInsert,          ids[0], ids[2], ids[4], account, ids[1],
                            ids[5], u"003000000000000AAA"_s};
    const QSet<QString> askedSet(asked.cbegin(), asked.cend());
    for (const bool includeDeleted : {false, true}) {
        for (const QDateTime &now : {t0.addSecs(2), t0.addSecs(20)}) {
            QList<QJsonObject> expected;
            for (const QJsonObject &row : store.visibleRecords(contact, includeDeleted, now))
                if (askedSet.contains(row.value(u"Id"_s).toString()))
                    expected.append(row);
            EXPECT_EQ(store.visibleRecordsWithIds(contact, asked, includeDeleted, now), expected)
                << "includeDeleted " << includeDeleted << " at +" << t0.secsTo(now) << " s";
        }
    }
}

TEST(RecordStoreLookups, ExternalIdReadsSeeWhatACommitDelayStillShows)
{
    RecordStore store(OrgSchema::standard());
    const QString id = store.insert(contact, person(u"A"_s, u"v-old"_s), t0);
    store.setCommitDelay(RecordStore::Writer::Api, 10);
    ASSERT_TRUE(store.update(id, {{externalId, u"v-new"_s}}, t0.addSecs(1)));
    const auto visibleValues = [&](const QString &value, const QDateTime &now) {
        QStringList found;
        for (const QJsonObject &row :
             store.visibleRecordsWithExternalIds(contact, externalId, {value}, false, now))
            if (row.value(externalId).toString().compare(value, Qt::CaseInsensitive) == 0)
                found.append(row.value(u"Id"_s).toString());
        return found;
    };
    // Readers still see the old value until the commit, then only the new one.
    EXPECT_EQ(visibleValues(u"V-OLD"_s, t0.addSecs(2)), QStringList{id});
    EXPECT_TRUE(visibleValues(u"v-new"_s, t0.addSecs(2)).isEmpty());
    EXPECT_TRUE(visibleValues(u"v-old"_s, t0.addSecs(11)).isEmpty());
    EXPECT_EQ(visibleValues(u"v-new"_s, t0.addSecs(11)), QStringList{id});
    // The writer's own upsert matches the latest value at once.
    EXPECT_EQ(indexedMatches(store, u"v-new"_s), QStringList{id});
}

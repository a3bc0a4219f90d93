#include "data/record_store.h"

#include <gtest/gtest.h>

using namespace syncdesk::sandbox;
using namespace Qt::Literals::StringLiterals;

namespace {

const QDateTime t0 = QDateTime(QDate(2026, 11, 2), QTime(9, 30), Qt::UTC);

} // namespace

TEST(RecordStore, InsertStampsSystemFields)
{
    RecordStore store(OrgSchema::standard());
    const QString id = store.insert(u"Contact"_s, {{u"LastName"_s, u"Ito"_s}}, t0);
    const QJsonObject *row = store.find(id);
    ASSERT_TRUE(row);
    EXPECT_EQ(store.objectOf(id), u"Contact"_s);
    EXPECT_EQ((*row)[u"Id"_s].toString(), id);
    EXPECT_FALSE((*row)[u"IsDeleted"_s].toBool());
    EXPECT_EQ((*row)[u"CreatedDate"_s].toString(), u"2026-11-02T09:30:00.000+0000"_s);
    EXPECT_EQ((*row)[u"SystemModstamp"_s], (*row)[u"CreatedDate"_s]);
}

TEST(RecordStore, UpdateMovesModstampButNotCreatedDate)
{
    RecordStore store(OrgSchema::standard());
    const QString id = store.insert(u"Account"_s, {{u"Name"_s, u"Acme"_s}}, t0);
    ASSERT_TRUE(store.update(id.left(15), {{u"Phone"_s, u"+1 415 555 0100"_s}}, t0.addSecs(60)));
    const QJsonObject row = *store.find(id);
    EXPECT_EQ(row[u"Phone"_s].toString(), u"+1 415 555 0100"_s);
    EXPECT_EQ(row[u"CreatedDate"_s].toString(), u"2026-11-02T09:30:00.000+0000"_s);
    EXPECT_EQ(row[u"SystemModstamp"_s].toString(), u"2026-11-02T09:31:00.000+0000"_s);
}

TEST(RecordStore, DeletedRecordsStayForQueryAllAndReplication)
{
    RecordStore store(OrgSchema::standard());
    const QString kept = store.insert(u"Lead"_s, {{u"LastName"_s, u"A"_s}}, t0);
    const QString gone = store.insert(u"Lead"_s, {{u"LastName"_s, u"B"_s}}, t0);
    ASSERT_TRUE(store.remove(gone, t0.addSecs(120)));
    EXPECT_FALSE(store.remove(gone, t0.addSecs(180))); // already deleted
    EXPECT_FALSE(store.update(gone, {{u"LastName"_s, u"C"_s}}, t0.addSecs(180)));
    EXPECT_EQ(store.count(u"Lead"_s), 1);
    EXPECT_EQ(store.count(u"Lead"_s, true), 2);
    EXPECT_EQ(store.records(u"Lead"_s).first()[u"Id"_s].toString(), kept);
    const auto deleted = store.deletedBetween(u"Lead"_s, t0, t0.addSecs(300));
    ASSERT_EQ(deleted.size(), 1);
    EXPECT_EQ(deleted.first().first, gone);
    EXPECT_TRUE(store.deletedBetween(u"Lead"_s, t0.addSecs(121), t0.addSecs(300)).isEmpty());
}

TEST(RecordStore, RollBackUndoesEverythingSinceTheSnapshot)
{
    RecordStore store(OrgSchema::standard());
    const QString id = store.insert(u"Account"_s, {{u"Name"_s, u"Before"_s}}, t0);
    const RecordStore::Snapshot snapshot = store.snapshot();
    store.update(id, {{u"Name"_s, u"After"_s}}, t0);
    store.insert(u"Account"_s, {{u"Name"_s, u"New"_s}}, t0);
    store.rollBack(snapshot);
    EXPECT_EQ(store.count(u"Account"_s), 1);
    EXPECT_EQ((*store.find(id))[u"Name"_s].toString(), u"Before"_s);
}

TEST(RecordStore, RestoredRecordsKeepTheirIdsAndNewIdsDoNotCollide)
{
    RecordStore original(OrgSchema::standard());
    QStringList ids;
    for (int i = 0; i < 3; ++i)
        ids.append(original.insert(u"Contact"_s, {{u"LastName"_s, QString::number(i)}}, t0));
    RecordStore restored(OrgSchema::standard());
    for (const QJsonObject &row : original.records(u"Contact"_s))
        restored.restore(u"Contact"_s, row);
    const QString fresh = restored.insert(u"Contact"_s, {{u"LastName"_s, u"new"_s}}, t0);
    EXPECT_FALSE(ids.contains(fresh));
    EXPECT_EQ(restored.count(u"Contact"_s), 4);
}

TEST(RecordStore, ListenerHearsEveryChange)
{
    RecordStore store(OrgSchema::standard());
    QList<RecordStore::Change::Kind> heard;
    store.setChangeListener([&](const RecordStore::Change &change) { heard.append(change.kind); });
    const QString id = store.insert(u"Lead"_s, {{u"LastName"_s, u"X"_s}}, t0);
    store.update(id, {{u"Title"_s, u"CEO"_s}}, t0);
    store.remove(id, t0);
    using Kind = RecordStore::Change::Kind;
    EXPECT_EQ(heard, (QList<Kind>{Kind::Inserted, Kind::Updated, Kind::Deleted}));
}

TEST(RecordStore, CommitDelayHoldsBackOnlyTheWritersItIsSetFor)
{
    RecordStore store(OrgSchema::standard());
    const QString id = store.insert(u"Contact"_s, {{u"LastName"_s, u"Ito"_s}}, t0);
    store.setCommitDelay(RecordStore::Writer::CrmUser, 30);
    store.update(id, {{u"Title"_s, u"Buyer"_s}}, t0.addSecs(5), RecordStore::Writer::CrmUser);
    const QString late = store.insert(u"Contact"_s, {{u"LastName"_s, u"Late"_s}}, t0.addSecs(5),
                                      RecordStore::Writer::CrmUser);
    // Writers see their own rows at once; readers do not until the commit.
    EXPECT_EQ(store.find(id)->value(u"Title"_s).toString(), u"Buyer"_s);
    EXPECT_TRUE(store.findVisible(id, t0.addSecs(34))->value(u"Title"_s).isUndefined());
    EXPECT_FALSE(store.findVisible(late, t0.addSecs(34)));
    EXPECT_EQ(store.visibleRecords(u"Contact"_s, true, t0.addSecs(34)).size(), 1);
    EXPECT_EQ(store.findVisible(id, t0.addSecs(35))->value(u"Title"_s).toString(), u"Buyer"_s);
    EXPECT_EQ(store.visibleRecords(u"Contact"_s, false, t0.addSecs(35)).size(), 2);

    // The API writer was not held back.
    store.update(id, {{u"Title"_s, u"Owner"_s}}, t0.addSecs(40));
    EXPECT_EQ(store.findVisible(id, t0.addSecs(40))->value(u"Title"_s).toString(), u"Owner"_s);
}

TEST(RecordStore, WholeSecondStampsDropMilliseconds)
{
    RecordStore store(OrgSchema::standard());
    store.setWholeSecondStamps(true);
    const QString id = store.insert(u"Contact"_s, {{u"LastName"_s, u"Ito"_s}}, t0.addMSecs(999));
    EXPECT_EQ(store.find(id)->value(u"SystemModstamp"_s).toString(),
              u"2026-11-02T09:30:00.000+0000"_s);
    store.remove(id, t0.addMSecs(1500));
    EXPECT_EQ(store.find(id)->value(u"SystemModstamp"_s).toString(),
              u"2026-11-02T09:30:01.000+0000"_s);
}

TEST(RecordStore, PurgeAndEmptyRecycleBinLeaveNoTrace)
{
    RecordStore store(OrgSchema::standard());
    const QString kept = store.insert(u"Contact"_s, {{u"LastName"_s, u"Kept"_s}}, t0);
    const QString purged = store.insert(u"Contact"_s, {{u"LastName"_s, u"Purged"_s}}, t0);
    const QString binned = store.insert(u"Contact"_s, {{u"LastName"_s, u"Binned"_s}}, t0);
    QList<RecordStore::Change::Kind> heard;
    store.setChangeListener([&](const RecordStore::Change &change) { heard.append(change.kind); });
    EXPECT_TRUE(store.purge(purged));
    EXPECT_FALSE(store.find(purged));
    store.remove(binned, t0.addSecs(1), RecordStore::Writer::CrmUser,
                 {{u"MasterRecordId"_s, kept}});
    EXPECT_EQ(store.find(binned)->value(u"MasterRecordId"_s).toString(), kept);
    EXPECT_EQ(store.emptyRecycleBin(), 1);
    EXPECT_EQ(store.count(u"Contact"_s, true), 1);
    EXPECT_TRUE(store.deletedBetween(u"Contact"_s, t0, t0.addSecs(60)).isEmpty());
    EXPECT_EQ(heard, (QList<RecordStore::Change::Kind>{RecordStore::Change::Kind::Purged,
                                                       RecordStore::Change::Kind::Deleted,
                                                       RecordStore::Change::Kind::Purged}));
}

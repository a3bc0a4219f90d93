#include "../store/store_fixture.h"
#include "store/activity_store.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "store_backend_test.h"
#include "sync/csv_import.h"
#include "sync/csv_import_match.h"

#include <QFile>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace syncdesk;

namespace {

class CsvImportTest : public syncdesk::test::StoreBackendTest
{
protected:
    void SetUp() override
    {
        StoreBackendTest::SetUp();
        if (!HasFatalFailure())
            openStore();
    }

    int countRows(const QString &table)
    {
        QSqlQuery query(m_db);
        EXPECT_TRUE(query.exec(u"SELECT COUNT(*) FROM "_s + table));
        return query.next() ? query.value(0).toInt() : -1;
    }

    ImportResult import(CsvImportKind kind, const char *text)
    {
        return CsvImport(m_db).importData(kind, QByteArray(text));
    }

    static std::string describe(const ImportResult &result)
    {
        std::string text;
        for (const CsvImportError &error : result.errors)
            text += error.toString().toStdString() + '\n';
        return text;
    }
};

const char GoodPeople[] = "FirstName,LastName,Email,Phone,Title,Company\n"
                          "Ada,Lovelace,ada@example.com,+44 1,Countess,Analytical Ltd\n"
                          "\"Grace\",\"Hopper\",grace@navy.example.mil,,,\"Navy, US\"\n";

} // namespace

SYNCDESK_STORE_ON_BOTH_BACKENDS(CsvImportTest);

TEST_P(CsvImportTest, GoodPeopleFileWritesRecordsAndOutboxEntries)
{
    const ImportResult result = import(CsvImportKind::People, GoodPeople);
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.rowsImported, 2);

    RecordStore records(m_db);
    ASSERT_EQ(records.count(RecordKind::Person), 2);
    const QList<LocalRecord> people = records.page(RecordKind::Person, 10, 0);
    EXPECT_EQ(people[0].fields.value(u"LastName"_s).toString(), u"Lovelace"_s);
    EXPECT_EQ(people[0].syncState, RecordSyncState::Pending);
    EXPECT_EQ(people[1].fields.value(u"Company"_s).toString(), u"Navy, US"_s);
    EXPECT_FALSE(people[1].fields.contains(u"Phone"_s)); // empty values are not changes

    // Six fields for Ada, four for Grace: each one a waiting outbox entry.
    OutboxStore outbox(m_db);
    EXPECT_EQ(outbox.waitingCount(), 10);
    const QList<OutboxEntry> entries = outbox.waiting(100);
    const auto adaEmail = std::find_if(entries.begin(), entries.end(), [&](const OutboxEntry &e) {
        return e.recordId == people[0].id && e.field == u"Email"_s;
    });
    ASSERT_NE(adaEmail, entries.end());
    EXPECT_EQ(adaEmail->newValue.toString(), u"ada@example.com"_s);
}

// New rows are written a few hundred per statement: a file of several statements' worth,
// with a partial last one, arrives whole, each person with its entries, ids in file order.
TEST_P(CsvImportTest, ALargeFileIsWrittenWholeInFileOrder)
{
    QByteArray text = "LastName,Email,Title\n";
    for (int i = 0; i < 437; ++i)
        text += QStringLiteral("Person %1,p%1@example.test,Title %1\n").arg(i).toUtf8();
    const ImportResult result = CsvImport(m_db).importData(CsvImportKind::People, text);
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.rowsAdded, 437);
    EXPECT_EQ(countRows(u"records"_s), 437);
    EXPECT_EQ(countRows(u"outbox"_s), 3 * 437);
    const QList<LocalRecord> people = RecordStore(m_db).page(RecordKind::Person, 1000, 0);
    ASSERT_EQ(people.size(), 437);
    for (int i : {0, 99, 100, 436}) {
        EXPECT_EQ(people.at(i).fields.value(u"LastName"_s).toString(), u"Person %1"_s.arg(i));
        EXPECT_EQ(OutboxStore(m_db).forRecord(people.at(i).id).size(), 3);
    }
    // Imported again: every row matches the person it made, nothing is added.
    const ImportResult again = CsvImport(m_db).importData(CsvImportKind::People, text);
    ASSERT_TRUE(again.ok()) << describe(again);
    EXPECT_EQ(again.rowsUnchanged, 437);
    EXPECT_EQ(countRows(u"records"_s), 437);
}

TEST_P(CsvImportTest, HeaderIsCaseInsensitiveAndAcceptsAccountName)
{
    const ImportResult result =
        import(CsvImportKind::People, "lastname,ACCOUNTNAME,email\r\nTuring,Bletchley,a@b.uk\r\n");
    ASSERT_TRUE(result.ok()) << describe(result);
    const QList<LocalRecord> people = RecordStore(m_db).page(RecordKind::Person, 10, 0);
    ASSERT_EQ(people.size(), 1);
    EXPECT_EQ(people[0].fields.value(u"Company"_s).toString(), u"Bletchley"_s);
}

TEST_P(CsvImportTest, OneBadRowRefusesTheWholeFileWithItsLine)
{
    ASSERT_TRUE(import(CsvImportKind::People, GoodPeople).ok());
    const int recordsBefore = countRows(u"records"_s);
    const int outboxBefore = countRows(u"outbox"_s);

    // The quoted note spans two lines, so bob's row starts on line 5, not row 4.
    const ImportResult result =
        import(CsvImportKind::People, "LastName,Email,Title\n"
                                      "One,one@example.com,\"first\nsecond\"\n"
                                      "Two,two@example.com,\n"
                                      "Bob,bob@,\n"
                                      "Three,three@example.com,\n");
    EXPECT_EQ(result.rowsImported, 0);
    ASSERT_EQ(result.errors.size(), 1) << describe(result);
    EXPECT_EQ(result.errors[0].line, 5);
    EXPECT_EQ(result.errors[0].toString(), u"line 5: Email 'bob@' is not an email address"_s);
    EXPECT_EQ(countRows(u"records"_s), recordsBefore);
    EXPECT_EQ(countRows(u"outbox"_s), outboxBefore);
}

TEST_P(CsvImportTest, EveryBadRowIsReported)
{
    const ImportResult result =
        import(CsvImportKind::Activities, "Type,Subject,Date,DurationSeconds\n"
                                          "meeting,Intro,2024-01-02,60\n"
                                          "call,,2024-01-02,60\n"
                                          "call,Demo,2024-13-40,60\n"
                                          "email,Follow-up,2024-01-03,ten\n"
                                          "call,Fine,2024-01-04,30\n");
    ASSERT_EQ(result.errors.size(), 4) << describe(result);
    EXPECT_EQ(result.errors[0].line, 2);
    EXPECT_TRUE(result.errors[0].message.contains(u"meeting"_s));
    EXPECT_EQ(result.errors[1].toString(), u"line 3: Subject is required"_s);
    EXPECT_EQ(result.errors[2].line, 4);
    EXPECT_TRUE(result.errors[2].message.contains(u"YYYY-MM-DD"_s));
    EXPECT_EQ(result.errors[3].line, 5);
    EXPECT_TRUE(result.errors[3].message.contains(u"DurationSeconds"_s));
    EXPECT_EQ(countRows(u"activities"_s), 0);
}

TEST_P(CsvImportTest, ActivitiesAreLinkedToPeopleByEmailOrId)
{
    ASSERT_TRUE(import(CsvImportKind::People, GoodPeople).ok());
    const QList<LocalRecord> people = RecordStore(m_db).page(RecordKind::Person, 10, 0);
    const QString text = u"Type,Subject,PersonEmail,PersonId,Date,Description\n"
                         "call,Intro,ADA@example.com,,2024-03-05,Talked\n"
                         "Email,Quote,,%1,,\n"_s.arg(people[1].id);
    const ImportResult result =
        CsvImport(m_db).importData(CsvImportKind::Activities, text.toUtf8());
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.rowsImported, 2);

    QSqlQuery query(m_db);
    ASSERT_TRUE(query.exec(u"SELECT kind, record_id, subject, body, occurred_at, sync_state "
                           "FROM activities ORDER BY id"_s));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), u"call"_s);
    EXPECT_EQ(query.value(1).toLongLong(), people[0].id);
    EXPECT_EQ(query.value(3).toString(), u"Talked"_s);
    EXPECT_EQ(query.value(4).toLongLong(),
              QDateTime(QDate(2024, 3, 5), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    EXPECT_EQ(query.value(5).toString(), u"pending"_s);
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), u"email"_s);
    EXPECT_EQ(query.value(1).toLongLong(), people[1].id);
}

TEST_P(CsvImportTest, UnknownPersonIsAnError)
{
    const ImportResult result = import(CsvImportKind::Activities,
                                       "Type,Subject,PersonEmail\ncall,Intro,nobody@example.com\n");
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors[0].line, 2);
    EXPECT_TRUE(result.errors[0].message.contains(u"matches no person"_s));
}

TEST_P(CsvImportTest, DatabaseErrorMidWriteLeavesNothing)
{
    // The third record insert fails, as a full disk would.
    ASSERT_TRUE(
        refuseInserts(u"records"_s, u"(SELECT COUNT(*) FROM records) >= 2"_s, u"disk is full"_s));
    const ImportResult result = import(CsvImportKind::Accounts, "Name,Industry,Website\n"
                                                                "Acme,Manufacturing,acme.example\n"
                                                                "Globex,Energy,\n"
                                                                "Initech,Software,\n"
                                                                "Umbrella,Pharma,\n");
    EXPECT_EQ(result.rowsImported, 0);
    ASSERT_EQ(result.errors.size(), 1);
    // New rows are written many per statement: the error is the file's, not one line's.
    EXPECT_EQ(result.errors[0].line, 0);
    EXPECT_TRUE(result.errors[0].message.contains(u"disk is full"_s)) << describe(result);
    EXPECT_EQ(countRows(u"records"_s), 0);
    EXPECT_EQ(countRows(u"outbox"_s), 0);

    // The store is usable afterwards: the transaction was rolled back, not left open.
    ASSERT_TRUE(allowInserts(u"records"_s));
    EXPECT_TRUE(import(CsvImportKind::Accounts, "Name\nAcme\n").ok());
    EXPECT_EQ(countRows(u"records"_s), 1);
}

TEST_P(CsvImportTest, UnknownColumnsAreNamed)
{
    const ImportResult result = import(CsvImportKind::Accounts, "Name,Revenue,Ceo\nAcme,10,Wile\n");
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors[0].line, 1);
    EXPECT_TRUE(result.errors[0].message.contains(u"'Revenue', 'Ceo'"_s)) << describe(result);
    EXPECT_EQ(countRows(u"records"_s), 0);
}

TEST_P(CsvImportTest, MissingRequiredColumnAndWrongValueCount)
{
    const ImportResult noName = import(CsvImportKind::Accounts, "Industry\nEnergy\n");
    ASSERT_EQ(noName.errors.size(), 1);
    EXPECT_TRUE(noName.errors[0].message.contains(u"Name"_s));

    const ImportResult shortRow = import(CsvImportKind::Accounts, "Name,Industry\nAcme\n");
    ASSERT_EQ(shortRow.errors.size(), 1);
    EXPECT_EQ(shortRow.errors[0].line, 2);
    EXPECT_EQ(countRows(u"records"_s), 0);
}

TEST_P(CsvImportTest, EmptyFileIsAnError)
{
    const ImportResult result = import(CsvImportKind::People, "");
    EXPECT_FALSE(result.ok());
    EXPECT_EQ(result.rowsImported, 0);
    EXPECT_EQ(countRows(u"records"_s), 0);
}

TEST_P(CsvImportTest, HeaderOnlyFileImportsNothingWithoutError)
{
    const ImportResult result = import(CsvImportKind::People, "FirstName,LastName\r\n");
    EXPECT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.rowsImported, 0);
    EXPECT_EQ(countRows(u"records"_s), 0);
}

TEST_P(CsvImportTest, ReaderErrorsAreReportedWithTheirLine)
{
    const ImportResult result =
        import(CsvImportKind::Accounts, "Name\nAcme\n\"Globex\nIndustries\n");
    ASSERT_EQ(result.errors.size(), 1);
    EXPECT_EQ(result.errors[0].line, 3);
    EXPECT_EQ(countRows(u"records"_s), 0);
}

TEST_P(CsvImportTest, ImportFileReadsFromDisk)
{
    const QString path = m_dir.filePath(u"accounts.csv"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBFName,Phone\r\nAcme,555\r\n");
    file.close();
    const ImportResult result = CsvImport(m_db).importFile(CsvImportKind::Accounts, path);
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.rowsImported, 1);
    EXPECT_FALSE(CsvImport(m_db).importFile(CsvImportKind::Accounts, path + u".missing"_s).ok());
}

TEST_P(CsvImportTest, ReimportedPeopleAreMatchedByEmailAndOnlyChangedFieldsAreQueued)
{
    ASSERT_TRUE(import(CsvImportKind::People, GoodPeople).ok());
    ASSERT_TRUE(exec(u"DELETE FROM outbox"_s)); // as if the engine had sent everything

    // The same file again: nothing new, nothing to send.
    ImportResult again = import(CsvImportKind::People, GoodPeople);
    ASSERT_TRUE(again.ok()) << describe(again);
    EXPECT_EQ(again.rowsImported, 2);
    EXPECT_EQ(again.rowsAdded, 0);
    EXPECT_EQ(again.rowsUpdated, 0);
    EXPECT_EQ(again.rowsUnchanged, 2);
    EXPECT_EQ(RecordStore(m_db).count(RecordKind::Person), 2);
    EXPECT_EQ(countRows(u"outbox"_s), 0);

    // Ada's email in capitals and a new title; Grace as before; one new person.
    again = import(CsvImportKind::People, "Email,LastName,Title\n"
                                          "ADA@EXAMPLE.COM,Lovelace,Countess of Lovelace\n"
                                          "grace@navy.example.mil,Hopper,\n"
                                          "alan@example.com,Turing,\n");
    ASSERT_TRUE(again.ok()) << describe(again);
    EXPECT_EQ(again.rowsAdded, 1);
    EXPECT_EQ(again.rowsUpdated, 1);
    EXPECT_EQ(again.rowsUnchanged, 1);
    const QList<LocalRecord> people = RecordStore(m_db).page(RecordKind::Person, 10, 0);
    ASSERT_EQ(people.size(), 3);
    EXPECT_EQ(people[0].fields.value(u"Title"_s).toString(), u"Countess of Lovelace"_s);
    EXPECT_EQ(people[0].fields.value(u"Email"_s).toString(), u"ada@example.com"_s);
    EXPECT_EQ(people[0].syncState, RecordSyncState::Pending);
    EXPECT_FALSE(people[1].fields.contains(u"Title"_s)); // an empty cell clears nothing

    const QList<OutboxEntry> forAda = OutboxStore(m_db).forRecord(people[0].id);
    ASSERT_EQ(forAda.size(), 1);
    EXPECT_EQ(forAda[0].field, u"Title"_s);
    EXPECT_EQ(forAda[0].newValue.toString(), u"Countess of Lovelace"_s);
    EXPECT_TRUE(OutboxStore(m_db).forRecord(people[1].id).isEmpty());
    EXPECT_EQ(OutboxStore(m_db).forRecord(people[2].id).size(), 2); // Email, LastName
}

TEST_P(CsvImportTest, ReimportedAccountsAreMatchedByWebsiteDomainThenName)
{
    ASSERT_TRUE(import(CsvImportKind::Accounts, "Name,Website\n"
                                                "Acme,https://www.acme.example/\n"
                                                "Globex,\n")
                    .ok());
    const ImportResult again = import(CsvImportKind::Accounts, "Name,Website,Industry\n"
                                                               "ACME Corp,acme.example,Energy\n"
                                                               "globex,,Energy\n"
                                                               "Acme,other.example,\n");
    ASSERT_TRUE(again.ok()) << describe(again);
    // Acme by its domain (renamed), Globex by name; an Acme with another website is another
    // company.
    EXPECT_EQ(again.rowsUpdated, 2);
    EXPECT_EQ(again.rowsAdded, 1);
    const QList<LocalRecord> accounts = RecordStore(m_db).page(RecordKind::Account, 10, 0);
    ASSERT_EQ(accounts.size(), 3);
    EXPECT_EQ(accounts[0].fields.value(u"Name"_s).toString(), u"ACME Corp"_s);
    EXPECT_EQ(accounts[0].fields.value(u"Industry"_s).toString(), u"Energy"_s);
    EXPECT_EQ(accounts[1].fields.value(u"Industry"_s).toString(), u"Energy"_s);
    EXPECT_EQ(CsvImportMatch::websiteDomain(u"HTTP://WWW.Acme.Example:8080/about"_s),
              u"acme.example"_s);
}

TEST_P(CsvImportTest, AmbiguousOrRepeatedMatchesRefuseTheFileByLine)
{
    ASSERT_TRUE(import(CsvImportKind::People, "LastName,Email\nA,twin@example.com\n").ok());
    // A second person with the same email, made some other way than this import.
    ASSERT_TRUE(RecordStore(m_db).insert(
        LocalRecord{.kind = RecordKind::Person,
                    .fields = {{u"LastName"_s, u"B"_s}, {u"Email"_s, u"Twin@example.com"_s}}}));

    ImportResult result = import(CsvImportKind::People, "LastName,Email\n"
                                                        "C,twin@example.com\n"
                                                        "D,dup@example.com\n"
                                                        "E,DUP@example.com\n");
    ASSERT_EQ(result.errors.size(), 2) << describe(result);
    EXPECT_EQ(result.errors[0].line, 2);
    EXPECT_TRUE(result.errors[0].message.contains(u"matches 2 people"_s));
    EXPECT_EQ(result.errors[1].line, 4);
    EXPECT_TRUE(result.errors[1].message.contains(u"also on line 3"_s));
    EXPECT_EQ(RecordStore(m_db).count(RecordKind::Person), 2); // nothing written
}

TEST_P(CsvImportTest, ReimportedActivitiesAreMatchedByPersonTypeTimeAndSubject)
{
    ASSERT_TRUE(import(CsvImportKind::People, GoodPeople).ok());
    const char activities[] = "Type,Subject,PersonEmail,Date,DurationSeconds,Description\n"
                              "call,Check-in,ada@example.com,2024-03-05T09:30:00Z,60,\n"
                              "call,Check-in,ada@example.com,2024-03-05T09:30:00Z,60,\n"
                              "call,Check-in,ada@example.com,2024-03-06 10:00,,\n"
                              "email,Quote,grace@navy.example.mil,,,Sent the quote\n";
    ImportResult result = import(CsvImportKind::Activities, activities);
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.rowsAdded, 4);
    ASSERT_EQ(countRows(u"activities"_s), 4);

    // Twice the same call in the file stays twice, not four times; the undated email is
    // found by its person, type, subject and description.
    result = import(CsvImportKind::Activities, activities);
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.rowsAdded, 0);
    EXPECT_EQ(result.rowsUnchanged, 4);
    EXPECT_EQ(countRows(u"activities"_s), 4);

    // A changed duration updates an activity not yet logged; one already logged as a Task
    // stays as Salesforce has it.
    QSqlQuery first(m_db);
    ASSERT_TRUE(first.exec(u"SELECT id FROM activities ORDER BY id"_s));
    QList<qint64> ids;
    while (first.next())
        ids.append(first.value(0).toLongLong());
    ASSERT_TRUE(ActivityStore(m_db).markLogged(ids[2], u"00T000000000001AAA"_s));
    result = import(CsvImportKind::Activities,
                    "Type,Subject,PersonEmail,Date,DurationSeconds\n"
                    "call,Check-in,ada@example.com,2024-03-05T09:30:00Z,90\n"
                    "call,Check-in,ada@example.com,2024-03-06T10:00:00Z,90\n");
    ASSERT_TRUE(result.ok()) << describe(result);
    EXPECT_EQ(result.rowsUpdated, 1);
    EXPECT_EQ(result.rowsUnchanged, 1);
    EXPECT_EQ(countRows(u"activities"_s), 4);
    EXPECT_EQ(ActivityStore(m_db).find(ids[0])->durationSeconds, 90);
    EXPECT_EQ(ActivityStore(m_db).find(ids[1])->durationSeconds, 60);
    EXPECT_EQ(ActivityStore(m_db).find(ids[2])->durationSeconds, std::nullopt);
}

// An import numbers its new records itself: records added after it, by the store or by
// another import, go on after them instead of taking an id already used.
TEST_P(CsvImportTest, RecordsAddedAfterAnImportTakeTheNextIds)
{
    RecordStore records(m_db);
    const std::optional<qint64> before =
        records.insert({.kind = RecordKind::Person, .fields = {{u"LastName"_s, u"First"_s}}});
    ASSERT_TRUE(before) << records.lastError().toStdString();
    ASSERT_TRUE(import(CsvImportKind::People, GoodPeople).ok());
    const std::optional<qint64> after =
        records.insert({.kind = RecordKind::Person, .fields = {{u"LastName"_s, u"Last"_s}}});
    ASSERT_TRUE(after) << records.lastError().toStdString();
    EXPECT_EQ(*after, *before + 3);
    const ImportResult again = import(CsvImportKind::Accounts, "Name\nAcme\n");
    ASSERT_TRUE(again.ok()) << describe(again);
    EXPECT_EQ(records.page(RecordKind::Account, 10, 0).value(0).id, *after + 1);
    EXPECT_EQ(records.count(RecordKind::Person), 4);
}

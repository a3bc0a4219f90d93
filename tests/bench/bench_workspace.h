#pragma once

#include "sync/csv_import.h"
#include "sync/inbound_poll.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace syncdesk {
class SalesforceClient;
} // namespace syncdesk

namespace syncdesk::bench {

// What every flush of an outbox came to, added up.
struct OutboxFlushTotals
{
    int flushes = 0;
    int calls = 0; // as the flushes reported them
    int recordsSent = 0;
    int succeeded = 0;
};

// A fresh SyncDesk workspace database (default field mappings) on this thread, and the
// engine pieces the bench drives on it, called the way SyncEngine calls them. Exits the
// bench when one of them fails: figures of failed work mean nothing.
class BenchWorkspace
{
public:
    explicit BenchWorkspace(const QString &path);
    ~BenchWorkspace();
    BenchWorkspace(const BenchWorkspace &) = delete;
    BenchWorkspace &operator=(const BenchWorkspace &) = delete;

    QSqlDatabase db() const { return m_db; }
    QString path() const { return m_path; }

    QList<qint64> addPeople(int count);
    // The first `count` people linked to a Contact (after an import); exits if fewer.
    QList<qint64> linkedPeople(int count) const;
    // One edit of FirstName, LastName, Email, Phone and Title per person, each with its
    // outbox entries in one transaction (LocalChangeWriter, as the app writes an edit).
    void editPeople(const QList<qint64> &people, int round);
    // `count` calls and emails in turn, on the people in turn.
    void addActivities(const QList<qint64> &people, int count);

    int waitingOutboxEntries() const;
    // OutboundFlush::flush until nothing waits (one flush reads at most
    // OutboundFlush::kMaxEntriesPerFlush entries).
    OutboxFlushTotals flushOutbox(SalesforceClient *client);
    int flushActivities(SalesforceClient *client); // Tasks logged
    InboundReport poll(SalesforceClient *client);
    ImportResult importPeople(const QString &csvPath); // what `syncdesk-cli import people` runs

    // The statement InboundPoll reads Contacts with on a first import.
    QString contactImportSoql() const;

    // `rows` people with FirstName, LastName, Email (unique by `tag`), Phone and Title.
    static void writePeopleCsv(const QString &path, int rows, const QString &tag);

private:
    QString m_path;
    QSqlDatabase m_db;
};

} // namespace syncdesk::bench

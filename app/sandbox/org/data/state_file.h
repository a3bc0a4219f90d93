#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QTimer>

namespace syncdesk::sandbox {

class DailyAllocation;
class OrgClock;
class RecordStore;

// Keeps the org's records (and its usage figure and clock offset) in an SQLite
// file, so a sandbox started with --db comes back as it was left. Writes are
// batched: changes made while handling one request go out in one transaction.
class StateFile : public QObject
{
    Q_OBJECT

public:
    StateFile(RecordStore &store, DailyAllocation &allocation, OrgClock &clock,
              QObject *parent = nullptr);
    ~StateFile() override;

    // Opens or creates the file. Returns false, with a message naming the file,
    // when it cannot be opened or is not a sandbox state file.
    bool open(const QString &path, QString *error);
    // True when the file held records: the org should not be seeded again.
    bool hasRecords() const { return m_hadRecords; }
    bool load(QString *error);
    // Writes every pending change now.
    void flush();
    // Forgets every record: after a reset the store is written anew.
    void rewriteAll();

private:
    void markDirty(const QString &id);

    RecordStore &m_store;
    DailyAllocation &m_allocation;
    OrgClock &m_clock;
    QString m_connectionName;
    QSet<QString> m_dirty;
    bool m_rewriteAll = false;
    bool m_hadRecords = false;
    QTimer m_flushTimer;
};

} // namespace syncdesk::sandbox

#pragma once

#include "store/settings_store.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <functional>

namespace syncdesk {

// Where a long Bulk API 2.0 run stands, as the status bar, `syncdesk-cli sync` and
// `syncdesk-cli status --json` show it. Any long job reports one (the outbound flush's
// ingest jobs, an inbound Bulk query, a read before writing): the engine carries it in
// EngineStatus::bulk, so it reaches the window and the CLI by the usual statusChanged.
struct BulkProgress
{
    enum class Direction
    {
        Send, // ingest jobs: local changes to Salesforce
        Read, // query jobs: Salesforce records to the workspace
    };

    bool running = false;
    Direction direction = Direction::Send;
    QString object;          // the job's object ("Contact"); the one running now
    qint64 processed = 0;    // records the org has processed, over the run's jobs
    qint64 total = 0;        // records in the run's jobs; 0 while not known
    int calls = 0;           // calls the run has spent so far
    qint64 secondsLeft = -1; // from the processing rate; -1 while it cannot be told
    QString why;             // the route's reason ("Bulk API 2.0: 100,000 records, ...")
    bool cancelling = false; // the admin cancelled: the job is being aborted and settled

    bool operator==(const BulkProgress &) const = default;

    QJsonObject toJson() const;
    static BulkProgress fromJson(const QJsonObject &json);
};

// The running engine's last progress, as JSON (BulkProgress::toJson), for `syncdesk-cli
// status` in another process; reset when the run ends and when an engine starts.
inline const SettingKey<QString> BulkProgressKey{u"engine/bulk_progress", QString()};

// How a runner hands its progress to the engine (SyncEngine::showBulkProgress).
using BulkProgressReporter = std::function<void(const BulkProgress &)>;

// The time a job still needs, from the rate at which the org has processed its records so
// far (the first observation to the last), or, before any record is processed, from the
// route's planning guess (kBulkSecondsPer10kRecords). Times are a monotonic clock's
// milliseconds, so a test can feed its own.
class BulkTimeLeft
{
public:
    void restart(qint64 atMs, qint64 processed);
    void observe(qint64 atMs, qint64 processed);
    // Seconds for the records left of `total`; -1 when nothing can be said.
    qint64 secondsLeft(qint64 total) const;

private:
    qint64 m_firstAtMs = -1;
    qint64 m_firstProcessed = 0;
    qint64 m_lastAtMs = -1;
    qint64 m_lastProcessed = 0;
};

// "Sending 48,000 of 100,000 records through Bulk API · 4 calls · about 1 min left".
QString bulkProgressText(const BulkProgress &progress);
// "about 2 min left", "less than a minute left"; empty when unknown.
QString bulkTimeLeftText(qint64 secondsLeft);

} // namespace syncdesk

Q_DECLARE_METATYPE(syncdesk::BulkProgress)

#pragma once

#include "salesforce/salesforce_error.h"
#include "sync/crm_id_batches.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QSqlDatabase>
#include <QStringList>
#include <functional>
#include <optional>

namespace syncdesk {

class SalesforceClient;

// What one deletion sweep did.
struct DeletionSweepReport
{
    int calls = 0;
    int checked = 0; // linked records asked about
    int deleted = 0; // found gone from Salesforce, now marked deleted locally
    std::optional<SalesforceError> callError;
};

// Finds the linked records that Salesforce deleted without a trace.
//
// A deletion normally reaches the workspace through the inbound poll: queryAll returns the
// deleted row (IsDeleted) while it sits in the Recycle Bin. A hard delete, or a bin emptied
// before the next poll, leaves nothing to read; only asking for the ids finds them. The
// sweep asks queryAll for the linked, live records' ids (of records the poll has read) in
// CrmIdBatch batches, so it costs one call per 2,500 linked records; the engine runs it once a day.
// An id the org no longer returns marks its local record deleted in CRM and drops its waiting
// changes, as a deleted row would.
class DeletionSweep : public QObject
{
    Q_OBJECT

public:
    DeletionSweep(QSqlDatabase db, SalesforceClient *client, QObject *parent = nullptr);

    void sweep(std::function<void(DeletionSweepReport)> onDone);
    // Objects whose service the admin switched off: not asked about (see InboundPoll).
    void setObjectsOff(QSet<QString> objects) { m_objectsOff = std::move(objects); }

    // The calls a sweep of `linkedRecords` costs.
    static int callsFor(qint64 linkedRecords);

private:
    void sendNext();
    bool markGone(const CrmIdBatch &batch, const QStringList &found);
    void finish();

    QSqlDatabase m_db;
    QPointer<SalesforceClient> m_client;
    QList<CrmIdBatch> m_queries;
    QSet<QString> m_objectsOff;
    DeletionSweepReport m_report;
    std::function<void(DeletionSweepReport)> m_onDone;
};

} // namespace syncdesk

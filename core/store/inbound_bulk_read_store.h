#pragma once

#include "store/table_access.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace syncdesk {

// One object's inbound read through a Bulk API 2.0 query job, as recorded (schema 9).
struct InboundBulkReadRow
{
    QString crmObject;
    QString soql;
    QStringList inboundFields;
    QString jobId;       // empty until the org answered the create
    QString nextLocator; // the results page to read next; empty: the first
    qint64 pagesApplied = 0;
    qint64 rowsApplied = 0;
    QString newestModstamp; // the newest SystemModstamp applied, Salesforce's text
    qint64 expectedRows = 0;
    QDateTime plannedAt;
};

// The inbound Bulk reads under way, one per CRM object at most: recorded before the job is
// created and moved on page by page, so that a restart resumes the same job at the page it
// had not finished.
class InboundBulkReadStore : public TableAccess
{
public:
    using TableAccess::TableAccess;

    std::optional<InboundBulkReadRow> find(const QString &crmObject) const;
    // Records a new read (a read of the same object before it is replaced).
    bool plan(const InboundBulkReadRow &read);
    bool setJob(const QString &crmObject, const QString &jobId);
    // A job that failed or no longer exists is replaced: the next one starts from the
    // first page with `soql`; the rows applied and the newest stamp stay counted.
    bool restart(const QString &crmObject, const QString &soql);
    // Rows of a page applied: takes part in the caller's transaction (the one that applied
    // them), so the newest stamp moves only with the rows it covers.
    bool rowsApplied(const QString &crmObject, qint64 rows, const QString &newestModstamp);
    // A whole page applied: the next one starts at `nextLocator`.
    bool pageApplied(const QString &crmObject, const QString &nextLocator);
    // Takes part in the caller's transaction.
    bool remove(const QString &crmObject);
};

} // namespace syncdesk

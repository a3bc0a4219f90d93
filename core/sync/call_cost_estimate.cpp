#include "sync/call_cost_estimate.h"

#include "salesforce/api_usage_log_reader.h"
#include "sync/deletion_sweep.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

const QString kActivityObject = u"activity"_s;

double perDay(int intervalSeconds)
{
    return double(call_cost::SecondsPerDay) / double(std::max(intervalSeconds, 1));
}

// Calls per day to send `itemsPerDay` items, flushed every `intervalSeconds`, `perCall`
// items to a call.
double flushCost(double itemsPerDay, int intervalSeconds,
                 int perCall = call_cost::RecordsPerCompositeCall)
{
    if (itemsPerDay <= 0)
        return 0;
    const double flushes = perDay(intervalSeconds);
    const double itemsPerFlush = itemsPerDay / flushes;
    const double callsPerBusyFlush = std::ceil(std::max(itemsPerFlush, 1.0) / perCall);
    return std::min(flushes, itemsPerDay) * callsPerBusyFlush;
}

} // namespace

CallCostEstimate estimateCallsPerDay(const QList<FieldMapping> &mappings,
                                     int outboundIntervalSeconds, int inboundIntervalSeconds,
                                     const ChangeRates &rates, bool readBeforeWrite,
                                     bool readsUsageLogs)
{
    QSet<QString> outboundObjects;
    QSet<QString> inboundCrmObjects;
    QSet<QString> inboundLocalObjects;
    bool activitiesOut = false;
    for (const FieldMapping &mapping : mappings) {
        if (mapping.localObject == kActivityObject) {
            activitiesOut = activitiesOut || mapping.syncsToCrm();
            continue;
        }
        if (mapping.syncsToCrm())
            outboundObjects.insert(mapping.localObject);
        if (mapping.syncsFromCrm()) {
            inboundCrmObjects.insert(mapping.crmObject);
            inboundLocalObjects.insert(mapping.localObject);
        }
    }

    CallCostEstimate estimate;
    double outboundRecords = 0;
    for (const QString &object : std::as_const(outboundObjects))
        outboundRecords += rates.localRecordsPerDay.value(object);
    estimate.outbound = flushCost(outboundRecords, outboundIntervalSeconds);
    // Changed records of objects also read inbound are read before they are written.
    double checkedRecords = 0;
    for (const QString &object : std::as_const(outboundObjects)) {
        if (inboundLocalObjects.contains(object))
            checkedRecords += rates.localRecordsPerDay.value(object);
    }
    if (readBeforeWrite)
        estimate.readBeforeWrite =
            flushCost(checkedRecords, outboundIntervalSeconds, call_cost::RecordsReadBeforeWrite);
    if (activitiesOut)
        estimate.activities = flushCost(rates.activitiesPerDay, outboundIntervalSeconds);

    if (!inboundCrmObjects.isEmpty()) {
        const double polls = perDay(inboundIntervalSeconds);
        double extraPagesPerPoll = 0;
        for (const QString &object : std::as_const(inboundCrmObjects)) {
            const double rowsPerPoll = rates.crmRecordsPerDay.value(object) / polls;
            extraPagesPerPoll +=
                std::max(0.0, std::ceil(rowsPerPoll / call_cost::RowsPerQueryPage) - 1);
        }
        estimate.inbound = polls * (1 + extraPagesPerPoll);
        estimate.deletionSweep = DeletionSweep::callsFor(rates.linkedRecords);
    }
    if (readsUsageLogs)
        estimate.usageLogs = ApiUsageLogReader::estimatedCallsPerDay();
    return estimate;
}

ChangeRates observedChangeRates(QSqlDatabase db, const QDateTime &now, int days)
{
    ChangeRates rates;
    const int span = std::max(days, 1);
    const qint64 since = now.addDays(-span).toMSecsSinceEpoch();

    QSqlQuery byKind(db);
    byKind.prepare(u"SELECT kind, COUNT(*) FROM records WHERE updated_at >= ? GROUP BY kind"_s);
    byKind.addBindValue(since);
    if (byKind.exec()) {
        while (byKind.next())
            rates.localRecordsPerDay.insert(byKind.value(0).toString(),
                                            byKind.value(1).toDouble() / span);
    }

    QSqlQuery byCrmObject(db);
    byCrmObject.prepare(u"SELECT crm_object, COUNT(*) FROM records "
                        "WHERE updated_at >= ? AND crm_object IS NOT NULL GROUP BY crm_object"_s);
    byCrmObject.addBindValue(since);
    if (byCrmObject.exec()) {
        while (byCrmObject.next())
            rates.crmRecordsPerDay.insert(byCrmObject.value(0).toString(),
                                          byCrmObject.value(1).toDouble() / span);
    }

    QSqlQuery linked(db);
    if (linked.exec(u"SELECT COUNT(*) FROM records WHERE crm_id IS NOT NULL AND "
                    "crm_deleted_at IS NULL"_s) &&
        linked.next())
        rates.linkedRecords = linked.value(0).toLongLong();

    QSqlQuery activities(db);
    activities.prepare(u"SELECT COUNT(*) FROM activities WHERE created_at >= ?"_s);
    activities.addBindValue(since);
    if (activities.exec() && activities.next())
        rates.activitiesPerDay = activities.value(0).toDouble() / span;
    return rates;
}

} // namespace syncdesk

#pragma once

#include "salesforce/salesforce_error.h"
#include "store/failure_store.h"
#include "store/record_store.h"
#include "sync/activity_task_plan.h"
#include "sync/call_gate.h"

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <functional>
#include <optional>

namespace syncdesk {

class SalesforceClient;

// What one flush of the waiting activities came to.
struct ActivityFlushReport
{
    int calls = 0;  // composite calls made (Task upserts and lookups after a crash)
    int sent = 0;   // activities in those upserts
    int logged = 0; // now Tasks in the org
    int failed = 0; // filed in FailureStore, held back
    std::optional<SalesforceError> callError; // a whole call failed: stopped there
    bool deferred = false;                    // the call gate said no: the rest waits, unsent
};

// Logs waiting activities as Salesforce Tasks: upserts by SyncDesk_Activity_Id__c in
// sObject Collections of 200, five per composite call (1,000 activities a call).
//
// An activity whose person has no CRM id yet waits (it is no failure) until the person
// is synced. Activities are marked in flight before each call. The upsert makes a resend
// create no second Task, but TaskSubtype can only be set when a Task is created, so a
// resend of a Task that exists would be refused; recoverAfterCrash() therefore marks the
// activities a crash left in flight as unconfirmed, and the next flush first looks their
// Tasks up (one call per 1,000) and only resends the ones the org does not hold. A call
// whose answer was lost (timeout, 5xx, unreadable body) may have made its Tasks too: its
// activities become transient failures and are looked up the same way.
class ActivityFlush : public QObject
{
    Q_OBJECT

public:
    // `db` must belong to the thread this object lives on; `client` outlives it.
    ActivityFlush(QSqlDatabase db, SalesforceClient *client, QObject *parent = nullptr);

    static constexpr int kMaxActivitiesPerFlush = 20'000;

    // Sends every waiting activity (calls one after another) and reports when done.
    // One flush at a time: a second call while one runs reports nothing sent.
    void flush(std::function<void(ActivityFlushReport)> onDone);
    bool isFlushing() const { return m_flushing; }
    // Asked before each call (lookups included); see CallGate.
    void setCallGate(CallGate gate) { m_gate = std::move(gate); }

    // At start-up, before the first flush: returns how many activities a crashed run
    // left in flight; the next flush checks them against the org before resending.
    int recoverAfterCrash();

private:
    void confirmNext();
    void settleLookup(const QList<Activity> &checked,
                      const SalesforceResult<QList<CompositeSubresponse>> &answers);
    void planWaiting();
    // Why an activity's linked record will never reach Salesforce without the admin
    // (empty while something under way will bring it there).
    QString whyNeverLinked(const LocalRecord &record) const;
    // A Task upsert refused only because the Task exists already (TaskSubtype is
    // settable on create only): the activity is logged and goes again without it.
    bool isAlreadyLogged(const OutboundRecordOutcome &outcome) const;
    static SyncFailure strandedFailure(qint64 activityId, const QString &why);
    void sendNext();
    void settle(const PlannedCall &call,
                const SalesforceResult<QList<CompositeSubresponse>> &result);
    void stop(const SalesforceError &error);
    void finish();
    // The gate said no: the flush is deferred from here on.
    bool callGateCloses();

    QSqlDatabase m_db;
    SalesforceClient *m_client = nullptr;
    bool m_flushing = false;
    QList<PlannedCall> m_pending;
    ActivityFlushReport m_report;
    std::function<void(ActivityFlushReport)> m_onDone;
    CallGate m_gate;
    QSet<qint64> m_alreadyLogged; // activities whose Task exists: sent without TaskSubtype
};

} // namespace syncdesk

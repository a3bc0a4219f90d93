#pragma once

#include "data/record_store.h"

#include <QJsonObject>
#include <QStringList>
#include <variant>

namespace syncdesk::sandbox {

class OrgClock;

// What people do in the Salesforce UI that changes records in ways the REST
// API does not: convert a Lead, merge duplicates, delete for good, empty the
// recycle bin. Each runs as the CRM user given and is stamped by the org's
// clock. An operation answers a JSON summary, or a message why it could not run.
class CrmOperations
{
public:
    using Outcome = std::variant<QJsonObject, QString>;

    CrmOperations(RecordStore &store, const OrgClock &clock);

    // Converts a live, unconverted Lead: IsConverted, ConvertedDate,
    // ConvertedContactId and ConvertedAccountId set, Status "Closed - Converted".
    // An empty contactId or accountId creates that record from the Lead.
    Outcome convertLead(const QString &leadId, const QString &contactId, const QString &accountId,
                        const QString &userId);
    // Merges up to two losers into the master (Lead, Contact or Account, all the
    // same object): the losers are deleted with MasterRecordId = master, the
    // master's stamps move.
    Outcome merge(const QString &masterId, const QStringList &loserIds, const QString &userId);
    // Hard delete: the records go with no recycle-bin trace (queryAll, deleted/).
    Outcome hardDelete(const QStringList &ids);
    // Every deleted record goes for good.
    Outcome emptyRecycleBin();

private:
    QString liveIdOf(const QString &id, const QString &objectName, QString *error) const;
    QString createFromLead(const QString &objectName, const QJsonObject &lead,
                           const QString &accountId, const QString &userId, const QDateTime &now);

    RecordStore &m_store;
    const OrgClock &m_clock;
};

} // namespace syncdesk::sandbox

#pragma once

#include "rest/data_call.h"
#include "rest/org_context.h"

#include <QJsonObject>
#include <QList>

namespace syncdesk::sandbox {

class SoqlQuery;

// /query and /queryAll: SOQL with 2,000-row pages behind nextRecordsUrl.
// queryAll also sees deleted records (IsDeleted = true).
class QueryEndpoint
{
public:
    explicit QueryEndpoint(OrgContext &org);

    std::optional<ApiResponse> handle(const DataCall &call);

    // Runs one SOQL statement (also used by /composite subrequests).
    ApiResponse run(const QString &soql, bool includeDeleted, const QString &version);

private:
    // The records the query reads, as visibleRecords() lists them, or only
    // those its WHERE clause names by id or external id.
    QList<QJsonObject> recordsToQuery(const SoqlQuery &query, bool includeDeleted,
                                      const QDateTime &now) const;
    // The published event log files, after publishing what is due at `now`.
    QList<QJsonObject> eventLogFileRecords(const QString &version, const QDateTime &now) const;
    ApiResponse nextPage(const QString &locator, const QString &resource, const QString &version);

    OrgContext &m_org;
};

} // namespace syncdesk::sandbox

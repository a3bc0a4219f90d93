#pragma once

#include "salesforce/salesforce_client.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTest>
#include <gtest/gtest.h>
#include <optional>
#include <variant>

namespace syncdesk::test {

// Every row a SOQL query returns from the org, read through SyncDesk's own client, as the
// crash and failover tests check what the org ended with; the test fails when the query does.
inline QList<QJsonObject> queryAllRows(SalesforceClient &client, const QString &soql, int waitMs)
{
    std::optional<SalesforceResult<QueryResult>> result;
    client.query(soql, CallCategory::InboundPoll,
                 [&result](const SalesforceResult<QueryResult> &r) { result = r; });
    EXPECT_TRUE(QTest::qWaitFor([&] { return result.has_value(); }, waitMs));
    QList<QJsonObject> rows;
    if (!result || !std::holds_alternative<QueryResult>(*result)) {
        ADD_FAILURE() << "query failed: " << soql.toStdString();
        return rows;
    }
    for (const QJsonValue &value : std::get<QueryResult>(*result).records)
        rows.append(value.toObject());
    return rows;
}

} // namespace syncdesk::test

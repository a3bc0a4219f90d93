#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <utility>

namespace syncdesk {
class SalesforceClient;
}

namespace syncdesk::bench {

// The same work done the way a plain REST client does it: one call per field change,
// one call per Task, one query per object. It goes through SalesforceClient, so its
// calls are counted by the same callMade signal and the same org usage as SyncDesk's.
class NaiveClient
{
public:
    // What a run of calls came to. `calls` counts HTTP requests made (a query of
    // several pages is several calls); `failed` the items whose call was refused.
    struct Run
    {
        int calls = 0;
        int items = 0;
        int failed = 0;
        int rows = 0; // records the queries returned
        double seconds = 0;
        QString firstError;
    };

    // `inFlight`: requests kept open at once, as a client with a connection pool would.
    NaiveClient(SalesforceClient *client, int inFlight);

    // PATCH /sobjects/Contact/<id> per change, each carrying one field.
    Run updateEachField(const QList<std::pair<QString, QJsonObject>> &changes);
    // POST /sobjects/Task per activity.
    Run createEachTask(const QList<QJsonObject> &tasks);
    // One queryAll per SOQL statement, every page followed.
    Run queryEach(const QStringList &soql);

private:
    using Finish = std::function<void(bool ok, const QString &error, int calls, int rows)>;
    Run runAll(int count, const std::function<void(int index, Finish finish)> &start);

    SalesforceClient *m_client = nullptr;
    int m_inFlight = 1;
};

} // namespace syncdesk::bench

#include "naive_client.h"

#include "salesforce/salesforce_client.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <variant>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::bench {

NaiveClient::NaiveClient(SalesforceClient *client, int inFlight)
    : m_client(client)
    , m_inFlight(qMax(1, inFlight))
{}

NaiveClient::Run NaiveClient::runAll(int count,
                                     const std::function<void(int index, Finish finish)> &start)
{
    Run run;
    run.items = count;
    QEventLoop loop;
    int next = 0;
    int open = 0;
    int done = 0;
    std::function<void()> fill;
    const Finish finish = [&](bool ok, const QString &error, int calls, int rows) {
        run.calls += calls;
        run.rows += rows;
        if (!ok) {
            ++run.failed;
            if (run.firstError.isEmpty())
                run.firstError = error;
        }
        --open;
        ++done;
        if (done == count)
            loop.quit();
        else
            fill();
    };
    fill = [&] {
        while (open < m_inFlight && next < count) {
            ++open;
            start(next++, finish);
        }
    };
    QElapsedTimer timer;
    timer.start();
    if (count > 0) {
        fill();
        if (done < count)
            loop.exec();
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

NaiveClient::Run NaiveClient::updateEachField(const QList<std::pair<QString, QJsonObject>> &changes)
{
    return runAll(int(changes.size()), [&](int index, Finish finish) {
        const auto &[id, fields] = changes.at(index);
        m_client->updateRecord(u"Contact"_s, id, fields, CallCategory::OutboundUpdate,
                               [finish](const SalesforceResult<Done> &result) {
                                   const auto *error = std::get_if<SalesforceError>(&result);
                                   finish(!error, error ? error->summary() : QString(), 1, 0);
                               });
    });
}

NaiveClient::Run NaiveClient::createEachTask(const QList<QJsonObject> &tasks)
{
    return runAll(int(tasks.size()), [&](int index, Finish finish) {
        m_client->createRecord(u"Task"_s, tasks.at(index), CallCategory::ActivityLogging,
                               [finish](const SalesforceResult<SaveResult> &result) {
                                   const auto *error = std::get_if<SalesforceError>(&result);
                                   finish(!error && std::get<SaveResult>(result).success,
                                          error ? error->summary() : QString(), 1, 0);
                               });
    });
}

NaiveClient::Run NaiveClient::queryEach(const QStringList &soql)
{
    return runAll(int(soql.size()), [&](int index, Finish finish) {
        m_client->queryAll(soql.at(index), CallCategory::InboundPoll,
                           [finish](const SalesforceResult<QueryResult> &result) {
                               if (const auto *error = std::get_if<SalesforceError>(&result))
                                   finish(false, error->summary(), 1, 0);
                               else
                                   finish(true, QString(), std::get<QueryResult>(result).pages,
                                          int(std::get<QueryResult>(result).records.size()));
                           });
    });
}

} // namespace syncdesk::bench

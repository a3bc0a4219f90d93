#include "bulk_org.h"

#include <QUrl>

namespace syncdesk::sandbox::test {

using namespace Qt::Literals::StringLiterals;

const QDateTime BulkOrg::startedAt = QDateTime(QDate(2026, 11, 2), QTime(9, 0), Qt::UTC);

SandboxConfig BulkOrg::config(qint64 contacts)
{
    SandboxConfig config;
    config.seedCounts.accounts = 5;
    config.seedCounts.contacts = int(contacts);
    config.seedCounts.leads = 5;
    config.seedCounts.opportunities = 0;
    return config;
}

BulkOrg::BulkOrg(const SandboxConfig &config)
    : OrgUnderTest(config, startedAt)
{}

QString BulkOrg::createIngestJob(const QJsonObject &settings)
{
    return post(ingest(), QJsonDocument(settings)).object().value(u"id"_s).toString();
}

OrgUnderTest::Answer BulkOrg::upload(const QString &jobId, const QByteArray &csv)
{
    return call("PUT", ingest(u'/' + jobId + u"/batches"_s), csv, true,
                {{"content-type", "text/csv"}});
}

OrgUnderTest::Answer BulkOrg::setState(const QString &jobId, const QString &state, bool queryJob)
{
    return patch((queryJob ? query() : ingest()) + u'/' + jobId,
                 QJsonDocument(QJsonObject{{u"state"_s, state}}));
}

QJsonObject BulkOrg::info(const QString &jobId, bool queryJob)
{
    return get((queryJob ? query() : ingest()) + u'/' + jobId).object();
}

OrgUnderTest::Answer BulkOrg::results(const QString &jobId, const QString &resource)
{
    return get(ingest(u'/' + jobId + u'/' + resource));
}

QString BulkOrg::runIngestJob(const QJsonObject &settings, const QByteArray &csv)
{
    const QString id = createIngestJob(settings);
    upload(id, csv);
    setState(id, u"UploadComplete"_s);
    return id;
}

QString BulkOrg::createQueryJob(const QString &soql, const QString &operation)
{
    return post(query(),
                QJsonDocument(QJsonObject{{u"operation"_s, operation}, {u"query"_s, soql}}))
        .object()
        .value(u"id"_s)
        .toString();
}

OrgUnderTest::Answer BulkOrg::resultsPage(const QString &jobId, const QString &parameters)
{
    return get(query(u'/' + jobId + u"/results"_s + parameters));
}

QStringList BulkOrg::lines(const QByteArray &csv)
{
    QStringList list = QString::fromUtf8(csv).split(u'\n');
    if (!list.isEmpty() && list.last().isEmpty())
        list.removeLast();
    return list;
}

QJsonArray BulkOrg::soqlRows(const QString &soql)
{
    return get(data(u"query?q="_s + QString::fromLatin1(QUrl::toPercentEncoding(soql))))
        .object()[u"records"_s]
        .toArray();
}

} // namespace syncdesk::sandbox::test

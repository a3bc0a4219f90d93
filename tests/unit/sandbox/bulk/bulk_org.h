#pragma once

#include "org_under_test.h"

#include <QJsonArray>

namespace syncdesk::sandbox::test {

// A small org driven in process with its clock stopped, and the Bulk API 2.0
// steps a client takes, each one HTTP request as a client would send it.
class BulkOrg : public OrgUnderTest
{
public:
    static const QDateTime startedAt;
    static SandboxConfig config(qint64 contacts = 30);

    explicit BulkOrg(const SandboxConfig &config = BulkOrg::config());

    static QString ingest(const QString &rest = {})
    {
        return data(QStringLiteral("jobs/ingest") + rest);
    }
    static QString query(const QString &rest = {})
    {
        return data(QStringLiteral("jobs/query") + rest);
    }

    // POST jobs/ingest with these settings; the new job's id ("" on failure).
    QString createIngestJob(const QJsonObject &settings);
    Answer upload(const QString &jobId, const QByteArray &csv);
    Answer setState(const QString &jobId, const QString &state, bool queryJob = false);
    QJsonObject info(const QString &jobId, bool queryJob = false);
    Answer results(const QString &jobId, const QString &resource);
    // An insert/update/... job created, loaded with `csv` and closed; its id.
    QString runIngestJob(const QJsonObject &settings, const QByteArray &csv);

    // POST jobs/query; the new job's id ("" on failure).
    QString createQueryJob(const QString &soql, const QString &operation = QStringLiteral("query"));
    Answer resultsPage(const QString &jobId, const QString &parameters = {});

    // The lines of a CSV body, without the line endings.
    static QStringList lines(const QByteArray &csv);
    QJsonArray soqlRows(const QString &soql);
};

} // namespace syncdesk::sandbox::test

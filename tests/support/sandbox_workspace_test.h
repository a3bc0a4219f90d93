#pragma once

#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "salesforce/salesforce_results.h"
#include "sandbox/sandbox_org_process.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSqlDatabase>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>
#include <memory>
#include <optional>

namespace syncdesk::test {

// A workspace in a temporary SQLite file (migrated, with the default field mappings) and
// a quiet sandbox org signed in to, with a SalesforceClient: what the tests of the
// flushes and the poll start from. Helpers reach the sandbox's /_sandbox/ controls and
// query the org.
class SandboxWorkspaceTest : public ::testing::Test
{
protected:
    static constexpr int kWaitMs = 120'000;

    void SetUp() override;
    void TearDown() override;
    // Extra command-line arguments of the sandbox org (a bigger org, say).
    virtual QStringList sandboxArguments() const { return {}; }

    // GET (no body) or POST a /_sandbox/ control; its JSON answer.
    QJsonObject sandboxControl(const QString &path, const QJsonObject &body = {});
    // The org's used calls, as the sandbox counts them.
    qint64 sandboxUsed();
    // A SOQL query with every page; nullopt (and a test failure) when it fails.
    std::optional<QueryResult> query(const QString &soql);

    QTemporaryDir m_dir;
    QString m_path;
    QSqlDatabase m_db;
    QNetworkAccessManager m_network;
    std::unique_ptr<SandboxOrgProcess> m_process;
    std::unique_ptr<OAuthTokenClient> m_tokenClient;
    std::unique_ptr<OrgSession> m_session;
    std::unique_ptr<SalesforceClient> m_client;
    QUrl m_baseUrl;
};

} // namespace syncdesk::test

// `syncdesk-cli doctor`: whether the connected org is prepared for SyncDesk (its custom
// fields, the objects and fields the configuration syncs, API access), and what to fix.
#include "auth/saved_connection.h"
#include "cli_commands.h"
#include "cli_context.h"
#include "org_setup_report.h"
#include "salesforce/api_call_ledger.h"
#include "salesforce/oauth_token_client.h"
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"
#include "secrets/app_secret_store.h"
#include "store/connection_store.h"
#include "store/field_mapping_store.h"
#include "stored_sign_in.h"
#include "sync/default_field_mappings.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("DoctorCommand", text, disambiguation, n);
}

} // namespace

SalesforceResult<OrgSetupReport> checkOrgSetup(QSqlDatabase db, const OAuthTokens &tokens,
                                               const OAuthClientConfig &oauth)
{
    QList<FieldMapping> mappings = FieldMappingStore(db).all();
    if (mappings.isEmpty())
        mappings = defaultFieldMappings(); // what the engine starts with
    QNetworkAccessManager network;
    OAuthTokenClient tokenClient(&network, oauth);
    OrgSession session(&network, &tokenClient, tokens);
    SalesforceClient client(&session);
    ApiCallLedger ledger(db);
    ledger.attach(&client);

    QEventLoop loop;
    std::optional<SalesforceResult<OrgSetupReport>> result;
    OrgSetupCheck::run(&client, mappings, [&](const SalesforceResult<OrgSetupReport> &done) {
        result = done;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}

void printOrgSetupReport(QTextStream &out, const OrgSetupReport &report)
{
    if (report.ok()) {
        out << tr("The org is prepared for SyncDesk (%1 checked; %n API call(s)).", nullptr,
                  report.callsSpent)
                   .arg(report.objectsChecked.join(u", "_s))
            << Qt::endl;
        return;
    }
    out << tr("The org is not prepared for SyncDesk: %n problem(s).", nullptr,
              int(report.problems.size()))
        << u'\n';
    for (const OrgSetupProblem &problem : report.problems)
        out << u"  - "_s << problem.text() << u'\n';
    out << tr("How to fix it: %1.").arg(OrgSetupCheck::guideReference()) << Qt::endl;
}

int runDoctor(CliContext &context, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("syncdesk-cli doctor: checks that the connected org is prepared for SyncDesk: "
           "its custom fields SyncDesk_Id__c (Lead, Contact, Account) and "
           "SyncDesk_Activity_Id__c (Task) as External ID, Unique upsert keys, access to "
           "the objects and fields the field configuration syncs, and API access itself. "
           "Spends one API call. Exits with 5 when something is missing."));
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object for scripts."));
    parser.addOption(json);
    if (const auto stop = context.parse(parser, args))
        return *stop;
    const std::optional<QSqlDatabase> db = context.database();
    if (!db)
        return ExitNoData;
    const std::optional<OrgConnection> org = ConnectionStore(*db).active();
    if (!org)
        return context.fail(ExitNoData, tr("Not connected to an org: run 'syncdesk-cli connect' "
                                           "first."));
    const std::unique_ptr<SecretStore> secrets = openAppSecretStore();
    OAuthTokens tokens;
    const SecretResult stored = readStoredTokens(*secrets, *org, &tokens);
    if (!stored.ok())
        return context.fail(stored.status == SecretResult::Status::NotFound ? ExitNoData
                                                                            : ExitRemote,
                            stored.status == SecretResult::Status::NotFound
                                ? tr("The keychain holds no sign-in for %1: run 'syncdesk-cli "
                                     "connect' again.")
                                      .arg(org->instanceUrl.toString())
                                : stored.message);

    const SalesforceResult<OrgSetupReport> result =
        checkOrgSetup(*db, tokens, clientConfigFor(*org));
    if (const auto *error = std::get_if<SalesforceError>(&result))
        return context.fail(ExitRemote, tr("Cannot check the org now: %1").arg(error->summary()));
    const OrgSetupReport &report = std::get<OrgSetupReport>(result);
    if (parser.isSet(json)) {
        QJsonObject document = report.toJson();
        document[u"instanceUrl"_s] = org->instanceUrl.toString();
        document[u"orgId"_s] = org->orgId;
        context.printJson(QJsonDocument(document));
    } else {
        context.out() << tr("Org %1 (%2)").arg(org->instanceUrl.toString(), org->orgId) << u'\n';
        printOrgSetupReport(context.out(), report);
    }
    return report.ok() ? ExitOk : ExitOrgNotReady;
}

} // namespace syncdesk::cli

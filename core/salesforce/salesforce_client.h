#pragma once

#include "salesforce/oauth_token.h"
#include "salesforce/org_limits.h"
#include "salesforce/salesforce_error.h"
#include "salesforce/salesforce_results.h"
#include "usage/api_usage.h"
#include "usage/call_category.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QUrlQuery>
#include <chrono>
#include <functional>
#include <optional>

namespace syncdesk {

class OrgSession;

// The org's REST API, asynchronously, on the network manager of the session it
// is given (so on that thread). Every operation takes the CallCategory it is
// spent for and a callback that gets either a typed result or a SalesforceError;
// callbacks run on the client's thread, and never after the client is destroyed.
//
// Every HTTP request is announced with callMade(), and the Sforce-Limit-Info of
// every answer with orgUsageObserved(), before the callback runs, so the ledger
// sees each call once and in order. A 401 renews the session once and retries;
// a second 401 right after is Transient (the grant stands; a later call renews again).
// Only a refused grant (invalid_grant) or no refresh token is an Auth error.
class SalesforceClient : public QObject
{
    Q_OBJECT

public:
    template <typename T> using Callback = std::function<void(const SalesforceResult<T> &)>;
    // An answer's headers by name, as sent.
    using ResponseHeaders = QList<QNetworkReply::RawHeaderPair>;

    // sObject Collections take at most this many records in one call.
    static constexpr qsizetype kMaxCollectionRecords = 200;

    explicit SalesforceClient(OrgSession *session, QObject *parent = nullptr);
    ~SalesforceClient() override;

    // Calls that get no complete answer in this time fail as Transient.
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds requestTimeout() const { return m_timeout; }

    // The org's clock minus this computer's, from the last answer's Date header (0 until
    // one came): Salesforce stamps changes on its own clock, SyncDesk on the desktop's.
    qint64 serverClockOffsetMs() const { return m_serverClockOffsetMs; }

    // GET /services/data/: the one call that does not count against the limit.
    void versions(CallCategory category, Callback<QList<ApiVersion>> onDone);
    void limits(CallCategory category, Callback<OrgLimits> onDone);

    // An invalid `ifModifiedSince` asks unconditionally.
    void describeGlobal(const QDateTime &ifModifiedSince, CallCategory category,
                        Callback<DescribeResult> onDone);
    void describeObject(const QString &objectName, const QDateTime &ifModifiedSince,
                        CallCategory category, Callback<DescribeResult> onDone);

    // Follows nextRecordsUrl to the last page; each page is one call.
    void query(const QString &soql, CallCategory category, Callback<QueryResult> onDone);
    // The same, including deleted and archived rows.
    void queryAll(const QString &soql, CallCategory category, Callback<QueryResult> onDone);

    // An empty `fields` reads every field.
    void getRecord(const QString &objectName, const QString &id, const QStringList &fields,
                   CallCategory category, Callback<QJsonObject> onDone);
    void createRecord(const QString &objectName, const QJsonObject &fields, CallCategory category,
                      Callback<SaveResult> onDone);
    void updateRecord(const QString &objectName, const QString &id, const QJsonObject &fields,
                      CallCategory category, Callback<Done> onDone);
    void deleteRecord(const QString &objectName, const QString &id, CallCategory category,
                      Callback<Done> onDone);

    // sObject Collections: at most kMaxCollectionRecords records, one call, one
    // SaveResult per record in order. Records get their `attributes.type` added.
    void createRecords(const QString &objectName, const QJsonArray &records, bool allOrNone,
                       CallCategory category, Callback<QList<SaveResult>> onDone);
    // Each record carries its "Id".
    void updateRecords(const QString &objectName, const QJsonArray &records, bool allOrNone,
                       CallCategory category, Callback<QList<SaveResult>> onDone);
    void upsertRecords(const QString &objectName, const QString &externalIdField,
                       const QJsonArray &records, bool allOrNone, CallCategory category,
                       Callback<QList<SaveResult>> onDone);
    void deleteRecords(const QStringList &ids, bool allOrNone, CallCategory category,
                       Callback<QList<SaveResult>> onDone);

    // GET of a file resource (an EventLogFile's LogFile, say) that is never held whole: a
    // successful body goes to onBytes piece by piece as it arrives, then onDone gets Done;
    // an error answer goes to onDone alone. onBytes may have had part of a body before a
    // dropped connection ends in an error: the caller discards what it read then.
    void download(QStringView resource, std::function<void(QByteArrayView)> onBytes,
                  CallCategory category, Callback<Done> onDone);
    // The same with a query string, and the answer's headers for onDone (a Bulk API 2.0
    // results page says where the next one starts in Sforce-Locator).
    void download(QStringView resource, const QUrlQuery &query,
                  std::function<void(QByteArrayView)> onBytes, CallCategory category,
                  Callback<ResponseHeaders> onDone);

    // Any other REST resource under this org's API version (Bulk API 2.0's jobs, say): the
    // body goes as `contentType`, a 2xx answer's body comes back as it is. Announced and
    // counted like every other call.
    void callResource(QByteArray method, QStringView resource, QByteArray body,
                      QByteArray contentType, CallCategory category, Callback<QByteArray> onDone);

    // POST /composite: up to 25 subrequests in one call, one answer each. `onUploaded`, if
    // given, runs once the request's body has been handed to the connection (before the
    // answer): the body is read from this thread's event loop a piece at a time, so work
    // that blocks the loop meanwhile holds the request back from the org.
    void composite(const QList<CompositeSubrequest> &subrequests, bool allOrNone,
                   CallCategory category, Callback<QList<CompositeSubresponse>> onDone,
                   std::function<void()> onUploaded = {});

    // The path of a REST resource under this org's API version, for composite subrequests.
    QString resourcePath(QStringView resource) const;
    // The path of a SOQL query (queryAll: deleted rows too), for composite subrequests.
    QString queryPath(const QString &soql, bool includeDeleted) const;

    // Requests sent whose answers have not yet been announced (callMade) and handed to their
    // callbacks; a renewal and its retried request count as the one request.
    int callsPending() const { return m_pending; }

Q_SIGNALS:
    // The org's total usage, read from a response's Sforce-Limit-Info header.
    void orgUsageObserved(const syncdesk::ApiUsage &usage, const QDateTime &observedAt);
    // One HTTP request made: its path (never the query string, which may hold
    // personal data), why, the status (0 when no answer came), the usage the
    // answer reported, if any, and Salesforce's errorCode for a refused call:
    // only the code tells a spent limit from, say, a missing permission.
    void callMade(const QString &endpoint, syncdesk::CallCategory category, int httpStatus,
                  const std::optional<syncdesk::ApiUsage> &usage, const QString &errorCode);
    // callsPending() went from 0 to more, or back to 0 (after the last answer's callback,
    // so whatever it recorded is in the store).
    void callsPendingChanged(bool pending);

private:
    struct Request
    {
        QByteArray method;
        QUrl url;
        QByteArray body;
        CallCategory category = CallCategory::InboundPoll;
        QByteArray contentType = "application/json"; // of a non-empty body
        QList<std::pair<QByteArray, QByteArray>> headers;
        std::function<void(QByteArrayView)> onBodyBytes; // a streamed 2xx body (download)
        std::function<void()> onUploaded;                // the body is sent (see composite)
    };
    struct HttpAnswer
    {
        int status = 0;
        QByteArray body;
        QDateTime lastModified;
        ResponseHeaders headers;
    };
    using AnswerCallback = std::function<void(const SalesforceResult<HttpAnswer> &)>;
    template <typename T> using Parser = std::function<SalesforceResult<T>(const HttpAnswer &)>;

    // Sends, renews the session on a first 401, and turns network failures and
    // refused renewals into errors; any HTTP answer else is passed on.
    void send(Request request, AnswerCallback onAnswer, bool mayRefresh = true);
    void handleReply(QNetworkReply *reply, const Request &request, bool mayRefresh,
                     const AnswerCallback &onAnswer);

    // Sends and parses: 2xx and 304 through `parse`, other statuses as an error answer.
    template <typename T> void call(Request request, Callback<T> onDone, Parser<T> parse)
    {
        send(std::move(request), [onDone = std::move(onDone), parse = std::move(parse)](
                                     const SalesforceResult<HttpAnswer> &result) {
            if (const auto *error = std::get_if<SalesforceError>(&result))
                return onDone(*error);
            const auto &answer = std::get<HttpAnswer>(result);
            if (isSuccess(answer.status))
                return onDone(parse(answer));
            onDone(parseSalesforceErrorResponse(answer.status, answer.body));
        });
    }
    // Delivers a result without a call, later, so callers see one order of events.
    template <typename T> void deliverLater(Callback<T> onDone, SalesforceResult<T> result)
    {
        QMetaObject::invokeMethod(
            this, [onDone = std::move(onDone), result = std::move(result)] { onDone(result); },
            Qt::QueuedConnection);
    }

    static bool isSuccess(int status) { return (status >= 200 && status < 300) || status == 304; }
    Request jsonRequest(QByteArray method, QStringView resource, const QJsonValue &body,
                        CallCategory category) const;
    void queryPages(const QUrl &firstPage, CallCategory category, Callback<QueryResult> onDone);
    void describe(const QString &resource, const QDateTime &ifModifiedSince, CallCategory category,
                  Callback<DescribeResult> onDone);
    void saveCollection(QByteArray method, QStringView resource, const QString &objectName,
                        const QJsonArray &records, bool allOrNone, CallCategory category,
                        Callback<QList<SaveResult>> onDone);
    std::optional<SalesforceError> checkCollectionSize(qsizetype count) const;
    void onRefreshAttempted(int httpStatus);

    QPointer<OrgSession> m_session;
    std::chrono::milliseconds m_timeout{60'000};
    QSet<QNetworkReply *> m_inFlight;
    std::optional<OAuthError> m_lastRefreshError;
    qint64 m_serverClockOffsetMs = 0;
    int m_pending = 0;
};

} // namespace syncdesk

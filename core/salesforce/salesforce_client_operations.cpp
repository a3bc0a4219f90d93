// The operations of SalesforceClient: each builds its request and says how to
// read a successful answer; salesforce_client.cpp does the sending.
#include "salesforce/org_session.h"
#include "salesforce/salesforce_client.h"

#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>
#include <memory>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kHttpNotModified = 304;

QByteArray httpDate(const QDateTime &time)
{
    return QLocale::c().toString(time.toUTC(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s).toLatin1();
}

QByteArray toJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

// Collections want each record to say its type.
QJsonArray withType(const QString &objectName, const QJsonArray &records)
{
    QJsonArray typed;
    for (const QJsonValue &value : records) {
        QJsonObject record = value.toObject();
        if (!record.contains(u"attributes"_s))
            record.insert(u"attributes"_s, QJsonObject{{u"type"_s, objectName}});
        typed.append(record);
    }
    return typed;
}

} // namespace

SalesforceClient::Request SalesforceClient::jsonRequest(QByteArray method, QStringView resource,
                                                        const QJsonValue &body,
                                                        CallCategory category) const
{
    Request request;
    request.method = std::move(method);
    request.url = m_session ? m_session->restUrl(resource) : QUrl();
    if (!body.isUndefined() && !body.isNull())
        request.body = toJson(body);
    request.category = category;
    return request;
}

void SalesforceClient::versions(CallCategory category, Callback<QList<ApiVersion>> onDone)
{
    Request request;
    request.method = "GET";
    if (m_session) {
        request.url = m_session->instanceUrl();
        QString path = request.url.path();
        if (path.endsWith(u'/'))
            path.chop(1);
        request.url.setPath(path + u"/services/data/"_s);
    }
    request.category = category;
    call<QList<ApiVersion>>(std::move(request), std::move(onDone),
                            [](const HttpAnswer &answer) -> SalesforceResult<QList<ApiVersion>> {
                                auto parsed = parseApiVersions(answer.body);
                                if (auto *error = std::get_if<SalesforceError>(&parsed))
                                    return *error;
                                return std::get<QList<ApiVersion>>(parsed);
                            });
}

void SalesforceClient::limits(CallCategory category, Callback<OrgLimits> onDone)
{
    call<OrgLimits>(jsonRequest("GET", u"limits", {}, category), std::move(onDone),
                    [](const HttpAnswer &answer) -> SalesforceResult<OrgLimits> {
                        auto parsed = parseOrgLimits(answer.body);
                        if (auto *why = std::get_if<QString>(&parsed))
                            return SalesforceError::malformed(
                                u"The org's /limits answer could not be read: "_s + *why,
                                answer.status);
                        return std::get<OrgLimits>(parsed);
                    });
}

void SalesforceClient::describeGlobal(const QDateTime &ifModifiedSince, CallCategory category,
                                      Callback<DescribeResult> onDone)
{
    describe(u"sobjects/"_s, ifModifiedSince, category, std::move(onDone));
}

void SalesforceClient::describeObject(const QString &objectName, const QDateTime &ifModifiedSince,
                                      CallCategory category, Callback<DescribeResult> onDone)
{
    describe(u"sobjects/"_s + objectName + u"/describe/"_s, ifModifiedSince, category,
             std::move(onDone));
}

void SalesforceClient::describe(const QString &resource, const QDateTime &ifModifiedSince,
                                CallCategory category, Callback<DescribeResult> onDone)
{
    Request request = jsonRequest("GET", resource, {}, category);
    if (ifModifiedSince.isValid())
        request.headers.append({"If-Modified-Since", httpDate(ifModifiedSince)});
    call<DescribeResult>(
        std::move(request), std::move(onDone),
        [](const HttpAnswer &answer) -> SalesforceResult<DescribeResult> {
            if (answer.status == kHttpNotModified)
                return DescribeResult{NotModified{}};
            auto parsed = parseJsonObjectBody(answer.body);
            if (auto *error = std::get_if<SalesforceError>(&parsed))
                return *error;
            return DescribeResult{Described{std::get<QJsonObject>(parsed), answer.lastModified}};
        });
}

void SalesforceClient::query(const QString &soql, CallCategory category,
                             Callback<QueryResult> onDone)
{
    // '+' must reach the org encoded: it reads a bare '+' in q= as a space.
    QUrl url = m_session ? m_session->restUrl(u"query/") : QUrl();
    url.setQuery(u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(soql)), QUrl::StrictMode);
    queryPages(url, category, std::move(onDone));
}

void SalesforceClient::queryAll(const QString &soql, CallCategory category,
                                Callback<QueryResult> onDone)
{
    QUrl url = m_session ? m_session->restUrl(u"queryAll/") : QUrl();
    url.setQuery(u"q="_s + QString::fromLatin1(QUrl::toPercentEncoding(soql)), QUrl::StrictMode);
    queryPages(url, category, std::move(onDone));
}

void SalesforceClient::queryPages(const QUrl &firstPage, CallCategory category,
                                  Callback<QueryResult> onDone)
{
    auto collected = std::make_shared<QueryResult>();
    // Each page's callback asks for the next; the function holds itself only
    // through the pending request, so it ends with the last page.
    auto fetch = std::make_shared<std::function<void(const QUrl &)>>();
    const QPointer<SalesforceClient> self(this);
    *fetch = [self, category, collected, onDone,
              weakFetch = std::weak_ptr(fetch)](const QUrl &url) {
        if (!self)
            return;
        Request request;
        request.method = "GET";
        request.url = url;
        request.category = category;
        const auto next = weakFetch.lock();
        self->send(std::move(request),
                   [self, collected, onDone, next](const SalesforceResult<HttpAnswer> &result) {
                       if (const auto *error = std::get_if<SalesforceError>(&result))
                           return onDone(*error);
                       const auto &answer = std::get<HttpAnswer>(result);
                       if (!isSuccess(answer.status))
                           return onDone(parseSalesforceErrorResponse(answer.status, answer.body));
                       auto parsed = parseQueryPage(answer.body);
                       if (const auto *error = std::get_if<SalesforceError>(&parsed))
                           return onDone(*error);
                       const QueryPage &page = std::get<QueryPage>(parsed);
                       ++collected->pages;
                       collected->totalSize = page.totalSize;
                       for (const QJsonValue &record : page.records)
                           collected->records.append(record);
                       if (page.done || !self || !self->m_session)
                           return onDone(*collected);
                       QUrl nextUrl = self->m_session->instanceUrl();
                       const QUrl relative(page.nextRecordsUrl);
                       nextUrl.setPath(relative.path());
                       nextUrl.setQuery(relative.query());
                       (*next)(nextUrl);
                   });
    };
    (*fetch)(firstPage);
}

void SalesforceClient::getRecord(const QString &objectName, const QString &id,
                                 const QStringList &fields, CallCategory category,
                                 Callback<QJsonObject> onDone)
{
    Request request =
        jsonRequest("GET", QString(u"sobjects/"_s + objectName + u'/' + id), {}, category);
    if (!fields.isEmpty())
        request.url.setQuery(QUrlQuery{{u"fields"_s, fields.join(u',')}});
    call<QJsonObject>(std::move(request), std::move(onDone),
                      [](const HttpAnswer &answer) -> SalesforceResult<QJsonObject> {
                          auto parsed = parseJsonObjectBody(answer.body);
                          if (auto *error = std::get_if<SalesforceError>(&parsed))
                              return *error;
                          return std::get<QJsonObject>(parsed);
                      });
}

void SalesforceClient::createRecord(const QString &objectName, const QJsonObject &fields,
                                    CallCategory category, Callback<SaveResult> onDone)
{
    call<SaveResult>(
        jsonRequest("POST", QString(u"sobjects/"_s + objectName + u'/'), fields, category),
        std::move(onDone), [](const HttpAnswer &answer) -> SalesforceResult<SaveResult> {
            auto parsed = parseJsonObjectBody(answer.body);
            if (auto *error = std::get_if<SalesforceError>(&parsed))
                return *error;
            return parseSaveResult(std::get<QJsonObject>(parsed));
        });
}

void SalesforceClient::updateRecord(const QString &objectName, const QString &id,
                                    const QJsonObject &fields, CallCategory category,
                                    Callback<Done> onDone)
{
    call<Done>(
        jsonRequest("PATCH", QString(u"sobjects/"_s + objectName + u'/' + id), fields, category),
        std::move(onDone), [](const HttpAnswer &) -> SalesforceResult<Done> { return Done{}; });
}

void SalesforceClient::deleteRecord(const QString &objectName, const QString &id,
                                    CallCategory category, Callback<Done> onDone)
{
    call<Done>(
        jsonRequest("DELETE", QString(u"sobjects/"_s + objectName + u'/' + id), {}, category),
        std::move(onDone), [](const HttpAnswer &) -> SalesforceResult<Done> { return Done{}; });
}

std::optional<SalesforceError> SalesforceClient::checkCollectionSize(qsizetype count) const
{
    if (count <= kMaxCollectionRecords)
        return std::nullopt;
    SalesforceError error;
    error.kind = SalesforceError::Kind::Validation;
    error.code = u"EXCEEDED_ID_LIMIT"_s;
    error.message = u"%1 records in one call; sObject Collections take at most %2."_s.arg(
        QString::number(count), QString::number(kMaxCollectionRecords));
    return error;
}

void SalesforceClient::saveCollection(QByteArray method, QStringView resource,
                                      const QString &objectName, const QJsonArray &records,
                                      bool allOrNone, CallCategory category,
                                      Callback<QList<SaveResult>> onDone)
{
    if (auto tooMany = checkCollectionSize(records.size()))
        return deliverLater<QList<SaveResult>>(std::move(onDone), *tooMany);
    if (records.isEmpty())
        return deliverLater<QList<SaveResult>>(std::move(onDone), QList<SaveResult>{});
    const QJsonObject body{{u"allOrNone"_s, allOrNone},
                           {u"records"_s, withType(objectName, records)}};
    call<QList<SaveResult>>(jsonRequest(std::move(method), resource, body, category),
                            std::move(onDone),
                            [](const HttpAnswer &answer) -> SalesforceResult<QList<SaveResult>> {
                                auto parsed = parseSaveResults(answer.body);
                                if (auto *error = std::get_if<SalesforceError>(&parsed))
                                    return *error;
                                return std::get<QList<SaveResult>>(parsed);
                            });
}

void SalesforceClient::createRecords(const QString &objectName, const QJsonArray &records,
                                     bool allOrNone, CallCategory category,
                                     Callback<QList<SaveResult>> onDone)
{
    saveCollection("POST", u"composite/sobjects", objectName, records, allOrNone, category,
                   std::move(onDone));
}

void SalesforceClient::updateRecords(const QString &objectName, const QJsonArray &records,
                                     bool allOrNone, CallCategory category,
                                     Callback<QList<SaveResult>> onDone)
{
    saveCollection("PATCH", u"composite/sobjects", objectName, records, allOrNone, category,
                   std::move(onDone));
}

void SalesforceClient::upsertRecords(const QString &objectName, const QString &externalIdField,
                                     const QJsonArray &records, bool allOrNone,
                                     CallCategory category, Callback<QList<SaveResult>> onDone)
{
    saveCollection("PATCH", QString(u"composite/sobjects/"_s + objectName + u'/' + externalIdField),
                   objectName, records, allOrNone, category, std::move(onDone));
}

void SalesforceClient::deleteRecords(const QStringList &ids, bool allOrNone, CallCategory category,
                                     Callback<QList<SaveResult>> onDone)
{
    if (auto tooMany = checkCollectionSize(ids.size()))
        return deliverLater<QList<SaveResult>>(std::move(onDone), *tooMany);
    if (ids.isEmpty())
        return deliverLater<QList<SaveResult>>(std::move(onDone), QList<SaveResult>{});
    Request request = jsonRequest("DELETE", u"composite/sobjects", {}, category);
    request.url.setQuery(QUrlQuery{{u"ids"_s, ids.join(u',')},
                                   {u"allOrNone"_s, allOrNone ? u"true"_s : u"false"_s}});
    call<QList<SaveResult>>(std::move(request), std::move(onDone),
                            [](const HttpAnswer &answer) -> SalesforceResult<QList<SaveResult>> {
                                auto parsed = parseSaveResults(answer.body);
                                if (auto *error = std::get_if<SalesforceError>(&parsed))
                                    return *error;
                                return std::get<QList<SaveResult>>(parsed);
                            });
}

void SalesforceClient::download(QStringView resource, std::function<void(QByteArrayView)> onBytes,
                                CallCategory category, Callback<Done> onDone)
{
    Request request = jsonRequest("GET", resource, {}, category);
    request.onBodyBytes = std::move(onBytes);
    call<Done>(std::move(request), std::move(onDone),
               [](const HttpAnswer &) -> SalesforceResult<Done> { return Done{}; });
}

void SalesforceClient::download(QStringView resource, const QUrlQuery &query,
                                std::function<void(QByteArrayView)> onBytes, CallCategory category,
                                Callback<ResponseHeaders> onDone)
{
    Request request = jsonRequest("GET", resource, {}, category);
    request.url.setQuery(query);
    request.onBodyBytes = std::move(onBytes);
    call<ResponseHeaders>(std::move(request), std::move(onDone),
                          [](const HttpAnswer &answer) -> SalesforceResult<ResponseHeaders> {
                              return answer.headers;
                          });
}

void SalesforceClient::callResource(QByteArray method, QStringView resource, QByteArray body,
                                    QByteArray contentType, CallCategory category,
                                    Callback<QByteArray> onDone)
{
    Request request = jsonRequest(std::move(method), resource, {}, category);
    request.body = std::move(body);
    request.contentType = std::move(contentType);
    call<QByteArray>(
        std::move(request), std::move(onDone),
        [](const HttpAnswer &answer) -> SalesforceResult<QByteArray> { return answer.body; });
}

void SalesforceClient::composite(const QList<CompositeSubrequest> &subrequests, bool allOrNone,
                                 CallCategory category,
                                 Callback<QList<CompositeSubresponse>> onDone,
                                 std::function<void()> onUploaded)
{
    QJsonArray list;
    for (const CompositeSubrequest &subrequest : subrequests) {
        QJsonObject entry{{u"method"_s, QString::fromLatin1(subrequest.method)},
                          {u"url"_s, subrequest.url},
                          {u"referenceId"_s, subrequest.referenceId}};
        if (!subrequest.body.isUndefined())
            entry.insert(u"body"_s, subrequest.body);
        list.append(entry);
    }
    const QJsonObject body{{u"allOrNone"_s, allOrNone}, {u"compositeRequest"_s, list}};
    Request request = jsonRequest("POST", u"composite", body, category);
    request.onUploaded = std::move(onUploaded);
    call<QList<CompositeSubresponse>>(
        std::move(request), std::move(onDone),
        [](const HttpAnswer &answer) -> SalesforceResult<QList<CompositeSubresponse>> {
            auto parsed = parseCompositeResponse(answer.body);
            if (auto *error = std::get_if<SalesforceError>(&parsed))
                return *error;
            return std::get<QList<CompositeSubresponse>>(parsed);
        });
}

} // namespace syncdesk

#pragma once

#include "salesforce/salesforce_error.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace syncdesk {

// One entry of GET /services/data/: `{"label":"Winter '25","url":"...","version":"62.0"}`.
struct ApiVersion
{
    QString version;
    QString label;
    QString url;
};

// One page of GET /query: up to 2,000 rows, and where the next page is.
struct QueryPage
{
    qint64 totalSize = 0;
    bool done = true;
    QString nextRecordsUrl; // a path on the instance, empty on the last page
    QJsonArray records;
};

// A whole query, every page followed. Each page was one API call.
struct QueryResult
{
    qint64 totalSize = 0;
    QJsonArray records;
    int pages = 0;
};

// The result of saving one record, alone or in an sObject Collections call.
// Collections answer HTTP 200 even when records fail; each failure is here.
struct SaveResult
{
    QString id; // empty when the record failed
    bool success = false;
    std::optional<bool> created; // upserts say whether they inserted
    QList<SalesforceError> errors;
};

// A describe answer, kept as JSON for the store's cache.
struct Described
{
    QJsonObject json;
    QDateTime lastModified; // the Last-Modified header, for the next If-Modified-Since
};

// 304: the cached describe is still current.
struct NotModified
{
};

using DescribeResult = std::variant<Described, NotModified>;

// One subrequest of POST /composite.
struct CompositeSubrequest
{
    QByteArray method; // GET, POST, PATCH, DELETE
    QString url;       // "/services/data/v62.0/sobjects/Account", may use @{ref.id}
    QString referenceId;
    QJsonValue body; // undefined for none
};

// Its answer; `error` is set when httpStatus is not 2xx.
struct CompositeSubresponse
{
    QString referenceId;
    int httpStatus = 0;
    QJsonValue body;
    QJsonObject httpHeaders;
    std::optional<SalesforceError> error;
};

// Not a completed call, nothing to give back: PATCH and DELETE answer 204.
struct Done
{
};

std::variant<QList<ApiVersion>, SalesforceError> parseApiVersions(const QByteArray &body);
std::variant<QueryPage, SalesforceError> parseQueryPage(const QByteArray &body);
// The same for a page already parsed (a composite subresponse's body).
std::variant<QueryPage, SalesforceError> parseQueryPage(const QJsonObject &object);
SaveResult parseSaveResult(const QJsonObject &object);
// The per-record array of a Collections call, in the order the records were sent.
std::variant<QList<SaveResult>, SalesforceError> parseSaveResults(const QByteArray &body);
std::variant<QList<CompositeSubresponse>, SalesforceError>
parseCompositeResponse(const QByteArray &body);
// A JSON object body (a record, a describe), or Malformed.
std::variant<QJsonObject, SalesforceError> parseJsonObjectBody(const QByteArray &body);

} // namespace syncdesk

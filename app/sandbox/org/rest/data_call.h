#pragma once

#include "http/api_request.h"
#include "http/api_response.h"

#include <QJsonDocument>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>
#include <optional>

namespace syncdesk::sandbox {

// A request under /services/data/vNN.0/, split for the endpoints.
struct DataCall
{
    const ApiRequest &request;
    QString version;         // "v62.0"
    QStringList segments;    // the path after the version, without empty parts
    bool subrequest = false; // inside /composite: the parent call was counted

    QString segment(qsizetype index) const { return segments.value(index); }
};

// A URL's query with form-style '+' read as a space, as Salesforce reads q=.
QUrlQuery queryOf(const QUrl &url);

// Salesforce's common REST error answers.
ApiResponse notFoundResponse();
ApiResponse methodNotAllowedResponse(const QByteArray &method, const QString &allowed);
ApiResponse sessionInvalidResponse();
ApiResponse limitExceededResponse();

// Parses a JSON body, or gives the JSON_PARSER_ERROR answer Salesforce sends.
std::variant<QJsonDocument, ApiResponse> parseJsonBody(const QByteArray &body);

} // namespace syncdesk::sandbox

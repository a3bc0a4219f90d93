#include "rest/data_call.h"

#include "http/salesforce_error.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

QUrlQuery queryOf(const QUrl &url)
{
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(u'+', u"%20"_s);
    return QUrlQuery(query);
}

ApiResponse notFoundResponse()
{
    return SalesforceError{u"NOT_FOUND"_s, u"The requested resource does not exist"_s}.toResponse(
        404);
}

ApiResponse methodNotAllowedResponse(const QByteArray &method, const QString &allowed)
{
    return SalesforceError{u"METHOD_NOT_ALLOWED"_s, u"HTTP Method '"_s +
                                                        QString::fromLatin1(method) +
                                                        u"' not allowed. Allowed are "_s + allowed}
        .toResponse(405);
}

ApiResponse sessionInvalidResponse()
{
    return SalesforceError{u"INVALID_SESSION_ID"_s, u"Session expired or invalid"_s}.toResponse(
        401);
}

ApiResponse limitExceededResponse()
{
    return SalesforceError{u"REQUEST_LIMIT_EXCEEDED"_s, u"TotalRequests Limit exceeded."_s}
        .toResponse(403);
}

std::variant<QJsonDocument, ApiResponse> parseJsonBody(const QByteArray &body)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError)
        return document;
    // Salesforce names the line and column of the first bad character.
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, body.size());
    const qsizetype lineStart = body.lastIndexOf('\n', offset - 1) + 1;
    const int line = int(body.left(offset).count('\n')) + 1;
    const QString message =
        u"Unexpected character ('"_s +
        (offset < body.size() ? QString(QLatin1Char(body.at(offset))) : u"EOF"_s) + u"'): "_s +
        error.errorString() + u" at [line:"_s + QString::number(line) + u", column:"_s +
        QString::number(offset - lineStart + 1) + u']';
    return SalesforceError{u"JSON_PARSER_ERROR"_s, message}.toResponse(400);
}

} // namespace syncdesk::sandbox

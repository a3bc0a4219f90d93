#include "salesforce/salesforce_results.h"

#include <QJsonDocument>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kHttpOk = 200;
constexpr int kHttpMultipleChoices = 300;

std::optional<QJsonDocument> readJson(const QByteArray &body, QString *why)
{
    QJsonParseError parseError;
    QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *why = u"the answer is not JSON ("_s + parseError.errorString() + u" at byte "_s +
               QString::number(parseError.offset) + u')';
        return std::nullopt;
    }
    return document;
}

SalesforceError malformedAnswer(const QString &what, const QString &why)
{
    return SalesforceError::malformed(u"The org's "_s + what + u" could not be read: "_s + why,
                                      kHttpOk);
}

} // namespace

std::variant<QList<ApiVersion>, SalesforceError> parseApiVersions(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonDocument> document = readJson(body, &why);
    if (!document)
        return malformedAnswer(u"list of API versions"_s, why);
    if (!document->isArray())
        return malformedAnswer(u"list of API versions"_s, u"it is not an array"_s);
    QList<ApiVersion> versions;
    const QJsonArray array = document->array();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        if (!object.value(u"version"_s).isString())
            return malformedAnswer(u"list of API versions"_s, u"an entry has no version"_s);
        versions.append(ApiVersion{object.value(u"version"_s).toString(),
                                   object.value(u"label"_s).toString(),
                                   object.value(u"url"_s).toString()});
    }
    return versions;
}

std::variant<QueryPage, SalesforceError> parseQueryPage(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonDocument> document = readJson(body, &why);
    if (!document)
        return malformedAnswer(u"query result"_s, why);
    return parseQueryPage(document->object());
}

std::variant<QueryPage, SalesforceError> parseQueryPage(const QJsonObject &object)
{
    if (!object.value(u"records"_s).isArray() || !object.value(u"totalSize"_s).isDouble() ||
        !object.value(u"done"_s).isBool())
        return malformedAnswer(u"query result"_s, u"totalSize, done or records is missing"_s);
    QueryPage page;
    page.totalSize = object.value(u"totalSize"_s).toInteger();
    page.done = object.value(u"done"_s).toBool();
    page.nextRecordsUrl = object.value(u"nextRecordsUrl"_s).toString();
    page.records = object.value(u"records"_s).toArray();
    if (!page.done && page.nextRecordsUrl.isEmpty())
        return malformedAnswer(u"query result"_s, u"a page that is not the last has no next"_s);
    return page;
}

SaveResult parseSaveResult(const QJsonObject &object)
{
    SaveResult result;
    result.id = object.value(u"id"_s).toString();
    result.success = object.value(u"success"_s).toBool();
    if (object.value(u"created"_s).isBool())
        result.created = object.value(u"created"_s).toBool();
    const QJsonArray errors = object.value(u"errors"_s).toArray();
    for (const QJsonValue &item : errors) {
        // Per-record errors come inside an HTTP 200; classify them by their code alone.
        SalesforceError error = salesforceErrorFromJson(kHttpOk, item);
        result.errors.append(std::move(error));
    }
    if (!result.success && result.errors.isEmpty())
        result.errors.append(
            SalesforceError::malformed(u"The org refused a record without saying why."_s, kHttpOk));
    return result;
}

std::variant<QList<SaveResult>, SalesforceError> parseSaveResults(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonDocument> document = readJson(body, &why);
    if (!document)
        return malformedAnswer(u"save results"_s, why);
    if (!document->isArray())
        return malformedAnswer(u"save results"_s, u"they are not an array"_s);
    QList<SaveResult> results;
    const QJsonArray array = document->array();
    for (const QJsonValue &item : array) {
        if (!item.isObject() || !item.toObject().value(u"success"_s).isBool())
            return malformedAnswer(u"save results"_s, u"an entry has no success flag"_s);
        results.append(parseSaveResult(item.toObject()));
    }
    return results;
}

std::variant<QList<CompositeSubresponse>, SalesforceError>
parseCompositeResponse(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonDocument> document = readJson(body, &why);
    if (!document)
        return malformedAnswer(u"composite answer"_s, why);
    const QJsonValue list = document->object().value(u"compositeResponse"_s);
    if (!list.isArray())
        return malformedAnswer(u"composite answer"_s, u"compositeResponse is missing"_s);
    QList<CompositeSubresponse> responses;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        if (!object.value(u"httpStatusCode"_s).isDouble())
            return malformedAnswer(u"composite answer"_s, u"a subresponse has no status"_s);
        CompositeSubresponse response;
        response.referenceId = object.value(u"referenceId"_s).toString();
        response.httpStatus = object.value(u"httpStatusCode"_s).toInt();
        response.body = object.value(u"body"_s);
        response.httpHeaders = object.value(u"httpHeaders"_s).toObject();
        if (response.httpStatus < kHttpOk || response.httpStatus >= kHttpMultipleChoices)
            response.error = salesforceErrorFromJson(response.httpStatus, response.body);
        responses.append(std::move(response));
    }
    return responses;
}

std::variant<QJsonObject, SalesforceError> parseJsonObjectBody(const QByteArray &body)
{
    QString why;
    const std::optional<QJsonDocument> document = readJson(body, &why);
    if (!document)
        return malformedAnswer(u"answer"_s, why);
    if (!document->isObject())
        return malformedAnswer(u"answer"_s, u"it is not an object"_s);
    return document->object();
}

} // namespace syncdesk

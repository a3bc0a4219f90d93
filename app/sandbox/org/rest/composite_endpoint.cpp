#include "rest/composite_endpoint.h"

#include "data/record_store.h"
#include "http/salesforce_error.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <optional>

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

QJsonValue valueAtPath(QJsonValue value, const QString &path)
{
    static const QRegularExpression step(u"([^.\\[\\]]+)|\\[(\\d+)\\]"_s);
    for (auto match = step.globalMatch(path); match.hasNext();) {
        const auto part = match.next();
        if (part.hasCaptured(1))
            value = value.toObject().value(part.captured(1));
        else
            value = value.toArray().at(part.captured(2).toInt());
        if (value.isUndefined())
            return value;
    }
    return value;
}

bool isCollectionOrQuery(const QString &url)
{
    static const QRegularExpression pattern(
        u"^/services/data/v\\d+\\.\\d+/(composite/sobjects|query|queryAll)(/|\\?|$)"_s);
    return pattern.match(url).hasMatch();
}

ApiResponse compositeError(const QString &message)
{
    return SalesforceError{u"INVALID_API_INPUT"_s, message}.toResponse(400);
}

QJsonObject subresult(const QString &referenceId, int status, const QJsonValue &body,
                      const QJsonObject &headers = {})
{
    return QJsonObject{{u"body"_s, body},
                       {u"httpHeaders"_s, headers},
                       {u"httpStatusCode"_s, status},
                       {u"referenceId"_s, referenceId}};
}

QJsonArray haltedBody(const QString &message)
{
    return QJsonArray{
        QJsonObject{{u"errorCode"_s, u"PROCESSING_HALTED"_s}, {u"message"_s, message}}};
}

} // namespace

std::optional<QString> resolveReferences(const QString &text,
                                         const QHash<QString, QJsonValue> &results,
                                         QString *unresolved)
{
    if (!text.contains(u"@{"_s))
        return text; // nothing to resolve (a collection's records, say): no scan
    static const QRegularExpression reference(u"@\\{([A-Za-z0-9_]+)((?:\\.|\\[)[^}]*)?\\}"_s);
    QString resolved;
    qsizetype last = 0;
    for (auto match = reference.globalMatch(text); match.hasNext();) {
        const auto found = match.next();
        const QString name = found.captured(1);
        const QJsonValue value = results.contains(name)
                                     ? valueAtPath(results.value(name), found.captured(2))
                                     : QJsonValue(QJsonValue::Undefined);
        if (value.isUndefined() || value.isNull() || value.isObject() || value.isArray()) {
            *unresolved = found.captured(0).mid(2).chopped(1);
            return std::nullopt;
        }
        resolved += QStringView(text).mid(last, found.capturedStart() - last);
        resolved += value.isString() ? value.toString() : value.toVariant().toString();
        last = found.capturedEnd();
    }
    resolved += QStringView(text).mid(last);
    return resolved;
}

CompositeEndpoint::CompositeEndpoint(OrgContext &org, SubrequestRunner runner)
    : m_org(org)
    , m_runner(std::move(runner))
{}

std::optional<ApiResponse> CompositeEndpoint::handle(const DataCall &call)
{
    if (call.segments != QStringList{u"composite"_s})
        return std::nullopt;
    if (call.request.method != "POST")
        return methodNotAllowedResponse(call.request.method, u"POST"_s);
    if (call.subrequest)
        return compositeError(u"A composite request cannot contain another composite request"_s);
    auto parsed = parseJsonBody(call.request.body);
    if (auto *error = std::get_if<ApiResponse>(&parsed))
        return *error;
    return run(std::get<QJsonDocument>(parsed).object());
}

ApiResponse CompositeEndpoint::run(const QJsonObject &body)
{
    const QJsonArray requests = body.value(u"compositeRequest"_s).toArray();
    if (requests.isEmpty())
        return compositeError(u"compositeRequest is required"_s);
    if (requests.size() > maxSubrequests)
        return compositeError(u"Composite Request limit exceeded. Max allowed: 25"_s);
    QSet<QString> referenceIds;
    int heavy = 0;
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        const QString referenceId = request.value(u"referenceId"_s).toString();
        if (referenceId.isEmpty() || referenceIds.contains(referenceId))
            return compositeError(u"Duplicate or missing referenceId: "_s + referenceId);
        referenceIds.insert(referenceId);
        if (isCollectionOrQuery(request.value(u"url"_s).toString()))
            ++heavy;
    }
    if (heavy > maxCollectionsOrQueries)
        return compositeError(
            u"Composite API supports up to 5 sObject Collections or query operations"_s);

    const bool allOrNone = body.value(u"allOrNone"_s).toBool(false);
    // Only an all-or-none composite can roll back; a snapshot taken anyway would make the
    // first write copy the object's whole table.
    std::optional<RecordStore::Snapshot> before;
    if (allOrNone)
        before = m_org.store.snapshot();
    QHash<QString, QJsonValue> results;
    QJsonArray answers;
    qsizetype failedAt = -1;
    for (const QJsonValue &value : requests) {
        const QJsonObject request = value.toObject();
        const QString referenceId = request.value(u"referenceId"_s).toString();
        QString unresolved;
        const auto url =
            resolveReferences(request.value(u"url"_s).toString(), results, &unresolved);
        // The body as its subrequest would arrive on its own: written once, not through
        // QVariant, so a collection of 200 records inside a composite costs the org what
        // the same collection costs sent alone.
        const QJsonValue bodyValue = request.value(u"body"_s);
        const QByteArray rawBody =
            bodyValue.isObject()
                ? QJsonDocument(bodyValue.toObject()).toJson(QJsonDocument::Compact)
            : bodyValue.isArray()
                ? QJsonDocument(bodyValue.toArray()).toJson(QJsonDocument::Compact)
            : request.contains(u"body"_s)
                ? QJsonDocument::fromVariant(bodyValue.toVariant()).toJson(QJsonDocument::Compact)
                : QByteArray();
        const auto subBody =
            url ? resolveReferences(QString::fromUtf8(rawBody), results, &unresolved)
                : std::nullopt;
        if (!url || !subBody) {
            answers.append(
                subresult(referenceId, 400,
                          haltedBody(u"Invalid reference specified. No value for "_s + unresolved +
                                     u" found in "_s + unresolved.section(u'.', 0, 0) +
                                     u". Provided referenceId is: "_s + unresolved)));
        } else {
            ApiRequest sub;
            sub.method = request.value(u"method"_s).toString().toUpper().toLatin1();
            const QUrl parsedUrl(*url);
            sub.path = parsedUrl.path();
            sub.query = queryOf(parsedUrl);
            sub.body = subBody->toUtf8();
            const ApiResponse response = m_runner(sub);
            const QJsonDocument answered = QJsonDocument::fromJson(response.body);
            const QJsonValue responseBody = response.body.isEmpty() ? QJsonValue()
                                            : answered.isArray()    ? QJsonValue(answered.array())
                                                                    : QJsonValue(answered.object());
            QJsonObject headers;
            if (response.status == 201 && responseBody.toObject().contains(u"id"_s))
                headers.insert(u"Location"_s,
                               QString(sub.path + u'/' + responseBody[u"id"_s].toString()));
            if (response.status < 400)
                results.insert(referenceId, responseBody);
            answers.append(subresult(referenceId, response.status, responseBody, headers));
        }
        if (answers.last()[u"httpStatusCode"_s].toInt() >= 400 && failedAt < 0)
            failedAt = answers.size() - 1;
        if (allOrNone && failedAt >= 0)
            break;
    }
    if (allOrNone && failedAt >= 0) {
        m_org.store.rollBack(*before);
        const QJsonArray halted = haltedBody(
            u"The transaction was rolled back since another operation in the same transaction failed."_s);
        for (qsizetype i = 0; i < requests.size(); ++i) {
            if (i == failedAt)
                continue;
            const QString referenceId = requests.at(i)[u"referenceId"_s].toString();
            const QJsonObject rolledBack = subresult(referenceId, 400, halted);
            if (i < answers.size())
                answers.replace(i, rolledBack);
            else
                answers.append(rolledBack);
        }
    }
    return ApiResponse::json(200, QJsonObject{{u"compositeResponse"_s, answers}});
}

} // namespace syncdesk::sandbox

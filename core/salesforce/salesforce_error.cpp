#include "salesforce/salesforce_error.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace syncdesk {

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kHttpMultipleChoices = 300;
constexpr int kHttpUnauthorized = 401;
constexpr int kHttpNotFound = 404;
constexpr int kHttpServerErrors = 500;
constexpr qsizetype kBodyExcerptChars = 200;

QString bodyExcerpt(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(kBodyExcerptChars * 2)).simplified();
    if (text.size() > kBodyExcerptChars)
        text = text.left(kBodyExcerptChars) + u"…"_s;
    return text;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

bool isErrorEntry(const QJsonObject &object)
{
    return object.contains(u"errorCode"_s) || object.contains(u"statusCode"_s) ||
           object.contains(u"message"_s);
}

// Whatever the answer's shape, the error it describes when the body says nothing usable.
SalesforceError fromStatusAlone(int httpStatus, const QString &why)
{
    if (httpStatus >= kHttpServerErrors)
        return SalesforceError::transient(
            u"The org answered HTTP %1; it may be busy or down."_s.arg(httpStatus), httpStatus);
    SalesforceError error;
    error.httpStatus = httpStatus;
    error.message = why;
    if (httpStatus == kHttpUnauthorized) {
        error.kind = SalesforceError::Kind::SessionExpired;
        error.code = u"INVALID_SESSION_ID"_s;
    } else if (httpStatus == kHttpNotFound) {
        error.kind = SalesforceError::Kind::NotFound;
        error.code = u"NOT_FOUND"_s;
    } else {
        error.kind = SalesforceError::Kind::Malformed;
    }
    return error;
}

SalesforceError fromEntries(int httpStatus, QList<SalesforceErrorEntry> entries)
{
    SalesforceError error;
    error.httpStatus = httpStatus;
    error.code = entries.first().code;
    error.message = entries.first().message;
    error.fields = entries.first().fields;
    error.kind = classifySalesforceError(error.code, error.message, httpStatus);
    error.entries = std::move(entries);
    return error;
}

} // namespace

QString SalesforceError::summary() const
{
    QString text = salesforceErrorKindName(kind);
    if (httpStatus > 0)
        text += u" (HTTP %1)"_s.arg(httpStatus);
    if (!code.isEmpty())
        text += u' ' + code;
    if (!message.isEmpty())
        text += u": "_s + message;
    if (!fields.isEmpty())
        text += u" ["_s + fields.join(u", "_s) + u']';
    return text;
}

SalesforceError SalesforceError::transient(const QString &message, int httpStatus)
{
    SalesforceError error;
    error.kind = Kind::Transient;
    error.httpStatus = httpStatus;
    error.message = message;
    return error;
}

SalesforceError SalesforceError::malformed(const QString &message, int httpStatus)
{
    SalesforceError error;
    error.kind = Kind::Malformed;
    error.httpStatus = httpStatus;
    error.message = message;
    return error;
}

SalesforceError SalesforceError::auth(const QString &code, const QString &message, int httpStatus)
{
    SalesforceError error;
    error.kind = Kind::Auth;
    error.httpStatus = httpStatus;
    error.code = code;
    error.message = message;
    error.entries = {SalesforceErrorEntry{code, message, {}}};
    return error;
}

QString salesforceErrorKindName(SalesforceError::Kind kind)
{
    switch (kind) {
    case SalesforceError::Kind::LimitExceeded:
        return u"LimitExceeded"_s;
    case SalesforceError::Kind::ConcurrentLimit:
        return u"ConcurrentLimit"_s;
    case SalesforceError::Kind::SessionExpired:
        return u"SessionExpired"_s;
    case SalesforceError::Kind::Auth:
        return u"Auth"_s;
    case SalesforceError::Kind::Validation:
        return u"Validation"_s;
    case SalesforceError::Kind::NotFound:
        return u"NotFound"_s;
    case SalesforceError::Kind::Transient:
        return u"Transient"_s;
    case SalesforceError::Kind::Malformed:
        return u"Malformed"_s;
    }
    return {};
}

SalesforceError::Kind classifySalesforceError(const QString &code, const QString &message,
                                              int httpStatus)
{
    using Kind = SalesforceError::Kind;
    if (code == u"REQUEST_LIMIT_EXCEEDED"_s) {
        // The same code is sent for too many concurrent long requests, which
        // clears within seconds, unlike the daily allocation.
        return message.contains(u"ConcurrentPerOrgLongTxn"_s) ? Kind::ConcurrentLimit
                                                              : Kind::LimitExceeded;
    }
    if (code == u"INVALID_SESSION_ID"_s || httpStatus == kHttpUnauthorized)
        return Kind::SessionExpired;
    if (code == u"NOT_FOUND"_s || code == u"ENTITY_IS_DELETED"_s || httpStatus == kHttpNotFound)
        return Kind::NotFound;
    // A locked row and a transaction rolled back because of another record are
    // not this record's fault: trying again later can succeed.
    if (code == u"UNABLE_TO_LOCK_ROW"_s || code == u"PROCESSING_HALTED"_s ||
        code == u"SERVER_UNAVAILABLE"_s || httpStatus >= kHttpServerErrors)
        return Kind::Transient;
    return Kind::Validation;
}

SalesforceErrorEntry parseSalesforceErrorEntry(const QJsonObject &object)
{
    SalesforceErrorEntry entry;
    entry.code = object.value(u"errorCode"_s).toString();
    if (entry.code.isEmpty())
        entry.code = object.value(u"statusCode"_s).toString();
    entry.message = object.value(u"message"_s).toString();
    entry.fields = stringList(object.value(u"fields"_s));
    return entry;
}

SalesforceError salesforceErrorFromJson(int httpStatus, const QJsonValue &body)
{
    if (body.isArray()) {
        const QJsonArray array = body.toArray();
        QList<SalesforceErrorEntry> entries;
        QStringList choices;
        for (const QJsonValue &item : array) {
            if (item.isObject() && isErrorEntry(item.toObject()))
                entries.append(parseSalesforceErrorEntry(item.toObject()));
            else if (item.isString())
                choices.append(item.toString());
        }
        if (!entries.isEmpty())
            return fromEntries(httpStatus, std::move(entries));
        if (!choices.isEmpty() && httpStatus == kHttpMultipleChoices) {
            // An upsert whose external id matched several records: no error
            // object, just the URLs of the candidates.
            SalesforceError error;
            error.kind = SalesforceError::Kind::Validation;
            error.httpStatus = httpStatus;
            error.code = u"MULTIPLE_CHOICES"_s;
            error.message =
                u"The external id matches %1 records; an upsert needs exactly one."_s.arg(
                    choices.size());
            error.choices = choices;
            error.entries = {SalesforceErrorEntry{error.code, error.message, {}}};
            return error;
        }
        return fromStatusAlone(httpStatus, u"The org's error answer lists no error."_s);
    }
    if (body.isObject()) {
        const QJsonObject object = body.toObject();
        if (object.value(u"error"_s).isString()) {
            return SalesforceError::auth(object.value(u"error"_s).toString(),
                                         object.value(u"error_description"_s).toString(),
                                         httpStatus);
        }
        if (isErrorEntry(object))
            return fromEntries(httpStatus, {parseSalesforceErrorEntry(object)});
        // A failed save result: {"success":false,"errors":[...]}.
        if (object.value(u"errors"_s).isArray() && !object.value(u"errors"_s).toArray().isEmpty())
            return salesforceErrorFromJson(httpStatus, object.value(u"errors"_s));
    }
    return fromStatusAlone(httpStatus, u"The org's error answer has an unexpected shape."_s);
}

SalesforceError parseSalesforceErrorResponse(int httpStatus, const QByteArray &body)
{
    if (body.trimmed().isEmpty())
        return fromStatusAlone(httpStatus,
                               u"The org answered HTTP %1 with an empty body."_s.arg(httpStatus));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fromStatusAlone(httpStatus, u"The org's answer (HTTP %1) is not JSON: %2"_s.arg(
                                               QString::number(httpStatus), bodyExcerpt(body)));
    }
    return salesforceErrorFromJson(httpStatus, document.isArray() ? QJsonValue(document.array())
                                                                  : QJsonValue(document.object()));
}

} // namespace syncdesk

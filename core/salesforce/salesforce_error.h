#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <variant>

namespace syncdesk {

// One entry of an error answer: `{"errorCode"|"statusCode", "message", "fields"}`.
struct SalesforceErrorEntry
{
    QString code; // errorCode, or statusCode in sObject Collections results
    QString message;
    QStringList fields;

    friend bool operator==(const SalesforceErrorEntry &, const SalesforceErrorEntry &) = default;
};

// What went wrong with one call or one record, sorted into the few kinds the
// sync engine acts on differently: wait for the window (LimitExceeded), retry
// later (Transient, ConcurrentLimit), sign in again (Auth), fix the data (Validation).
struct SalesforceError
{
    enum class Kind
    {
        LimitExceeded,   // 403 REQUEST_LIMIT_EXCEEDED: the org's daily allocation is spent
        ConcurrentLimit, // same code, "ConcurrentPerOrgLongTxn": too many long requests now
        SessionExpired,  // 401 INVALID_SESSION_ID
        Auth,            // the session could not be renewed, or an OAuth error object
        Validation,      // the request or a record was refused as it stands
        NotFound,        // NOT_FOUND / 404
        Transient,       // 5xx, timeouts, dropped connections: worth retrying
        Malformed,       // an answer that is not what Salesforce sends
    };

    Kind kind = Kind::Malformed;
    int httpStatus = 0; // 0 when no HTTP answer came
    QString code;       // errorCode / statusCode / OAuth "error"
    QString message;
    QStringList fields;
    // Every entry the answer carried; the fields above repeat the first.
    QList<SalesforceErrorEntry> entries;
    // 300 Multiple Choices of an upsert: the URLs of the records that matched.
    QStringList choices;

    bool isRetryable() const { return kind == Kind::Transient || kind == Kind::ConcurrentLimit; }
    // One line for logs and the failure list; never carries tokens.
    QString summary() const;

    static SalesforceError transient(const QString &message, int httpStatus = 0);
    static SalesforceError malformed(const QString &message, int httpStatus = 0);
    static SalesforceError auth(const QString &code, const QString &message, int httpStatus = 0);
};

QString salesforceErrorKindName(SalesforceError::Kind kind);

// The kind an error code means, given the HTTP status it came with.
SalesforceError::Kind classifySalesforceError(const QString &code, const QString &message,
                                              int httpStatus);

// Reads any error answer of the REST API or the token endpoint: the usual array,
// a single error object, an OAuth error object, the 300 list of an upsert that
// matched several records, SOQL errors with caret diagrams. A body that is none of
// these is Malformed, unless the status alone says what happened (5xx, 401).
SalesforceError parseSalesforceErrorResponse(int httpStatus, const QByteArray &body);
SalesforceError salesforceErrorFromJson(int httpStatus, const QJsonValue &body);

// One record's error of an sObject Collections or create result:
// `{"statusCode":"REQUIRED_FIELD_MISSING","message":"...","fields":["LastName"]}`.
SalesforceErrorEntry parseSalesforceErrorEntry(const QJsonObject &object);

template <typename T> using SalesforceResult = std::variant<T, SalesforceError>;

} // namespace syncdesk

Q_DECLARE_METATYPE(syncdesk::SalesforceError)

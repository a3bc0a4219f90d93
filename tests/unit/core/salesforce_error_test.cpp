// Every error shape Salesforce sends, read from the real payloads in tests/data.
#include "salesforce/salesforce_error.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gtest/gtest.h>

using namespace syncdesk;
using Kind = SalesforceError::Kind;

namespace {

QByteArray fixture(const char *relativePath)
{
    QFile file(QStringLiteral(SYNCDESK_TEST_DATA_DIR "/salesforce/") +
               QString::fromUtf8(relativePath));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << relativePath;
    return file.readAll();
}

} // namespace

TEST(SalesforceError, ReadsTheRestErrorArray)
{
    const SalesforceError error =
        parseSalesforceErrorResponse(400, fixture("restforce/write_error_response.json"));
    EXPECT_EQ(error.kind, Kind::Validation);
    EXPECT_EQ(error.code, QStringLiteral("INVALID_FIELD"));
    EXPECT_EQ(error.message, QStringLiteral("No such column 'foo' on sobject of type Bar"));
    EXPECT_EQ(error.httpStatus, 400);
    ASSERT_EQ(error.entries.size(), 1);
}

TEST(SalesforceError, ReadsAQueryErrorAsValidation)
{
    const SalesforceError error =
        parseSalesforceErrorResponse(400, fixture("restforce/query_error_response.json"));
    EXPECT_EQ(error.kind, Kind::Validation);
    EXPECT_EQ(error.code, QStringLiteral("INVALID_FIELD"));
    EXPECT_EQ(error.message, QStringLiteral("error_message"));
}

TEST(SalesforceError, KeepsTheCaretDiagramOfASoqlError)
{
    const QByteArray body =
        R"([{"message":"\nSELECT Id, Nme FROM Contact\n           ^\nERROR at Row:1:Column:12\nNo such column 'Nme' on entity 'Contact'.","errorCode":"INVALID_FIELD"}])";
    const SalesforceError error = parseSalesforceErrorResponse(400, body);
    EXPECT_EQ(error.kind, Kind::Validation);
    EXPECT_EQ(error.message.count(QLatin1Char('\n')), 4);
    EXPECT_TRUE(error.message.contains(QStringLiteral("           ^\n")));
    const SalesforceError malformed = parseSalesforceErrorResponse(
        400, R"([{"message":"unexpected token: FORM","errorCode":"MALFORMED_QUERY"}])");
    EXPECT_EQ(malformed.kind, Kind::Validation);
    EXPECT_EQ(malformed.code, QStringLiteral("MALFORMED_QUERY"));
}

TEST(SalesforceError, ReadsTheExpiredSession)
{
    const SalesforceError error =
        parseSalesforceErrorResponse(401, fixture("restforce/expired_session_response.json"));
    EXPECT_EQ(error.kind, Kind::SessionExpired);
    EXPECT_EQ(error.code, QStringLiteral("INVALID_SESSION_ID"));
    EXPECT_EQ(error.message, QStringLiteral("Session expired or invalid"));
}

TEST(SalesforceError, ReadsNotFoundAnswers)
{
    for (const char *path :
         {"restforce/sobject_describe_error_response.json", "restforce/delete_error_response.json",
          "restforce/upsert_error_response.json"}) {
        const SalesforceError error = parseSalesforceErrorResponse(404, fixture(path));
        EXPECT_EQ(error.kind, Kind::NotFound) << path;
        EXPECT_EQ(error.code, QStringLiteral("NOT_FOUND")) << path;
        EXPECT_FALSE(error.message.isEmpty()) << path;
    }
}

TEST(SalesforceError, ReadsASingleErrorObject)
{
    const SalesforceError error = parseSalesforceErrorResponse(
        400, fixture("restforce/composite_sobjects_error_response.json"));
    EXPECT_EQ(error.kind, Kind::Validation);
    EXPECT_EQ(error.code, QStringLiteral("INVALID_FIELD"));
    EXPECT_TRUE(error.message.startsWith(QStringLiteral("Json Deserialization failed")));
}

TEST(SalesforceError, ReadsACollectionsBadRequest)
{
    const SalesforceError error = parseSalesforceErrorResponse(
        400, fixture("restforce/composite_sobjects_destroy_bad_request_response.json"));
    EXPECT_EQ(error.kind, Kind::Validation);
    EXPECT_EQ(error.code, QStringLiteral("REQUIRED_FIELD_MISSING"));
    EXPECT_EQ(error.message, QStringLiteral("At least 1 Id is required."));
}

TEST(SalesforceError, ReadsOAuthErrorObjectsAsAuth)
{
    for (const char *path :
         {"restforce/auth_error_response.json", "restforce/refresh_error_response.json"}) {
        const SalesforceError error = parseSalesforceErrorResponse(400, fixture(path));
        EXPECT_EQ(error.kind, Kind::Auth) << path;
        EXPECT_EQ(error.code, QStringLiteral("invalid_grant")) << path;
        EXPECT_FALSE(error.message.isEmpty()) << path;
    }
}

TEST(SalesforceError, ReadsTheMultipleChoicesOfAnUpsert)
{
    const SalesforceError error =
        parseSalesforceErrorResponse(300, fixture("restforce/upsert_multiple_error_response.json"));
    EXPECT_EQ(error.kind, Kind::Validation);
    EXPECT_EQ(error.code, QStringLiteral("MULTIPLE_CHOICES"));
    EXPECT_EQ(error.choices,
              (QStringList{QStringLiteral("/services/data/v23.0/sobjects/Whizbang/foo"),
                           QStringLiteral("/services/data/v23.0/sobjects/Whizbang/bar")}));
}

TEST(SalesforceError, TellsTheDailyLimitFromTheConcurrentOne)
{
    const SalesforceError daily = parseSalesforceErrorResponse(
        403,
        R"([{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}])");
    EXPECT_EQ(daily.kind, Kind::LimitExceeded);
    EXPECT_FALSE(daily.isRetryable());
    const SalesforceError concurrent = parseSalesforceErrorResponse(
        403,
        R"([{"message":"ConcurrentPerOrgLongTxn Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}])");
    EXPECT_EQ(concurrent.kind, Kind::ConcurrentLimit);
    EXPECT_TRUE(concurrent.isRetryable());
}

TEST(SalesforceError, ReadsAPerRecordErrorWithStatusCode)
{
    const SalesforceError error = salesforceErrorFromJson(
        200,
        QJsonDocument::fromJson(
            R"({"statusCode":"REQUIRED_FIELD_MISSING","message":"Required fields are missing: [LastName]","fields":["LastName"]})")
            .object());
    EXPECT_EQ(error.kind, Kind::Validation);
    EXPECT_EQ(error.code, QStringLiteral("REQUIRED_FIELD_MISSING"));
    EXPECT_EQ(error.fields, QStringList{QStringLiteral("LastName")});
    const SalesforceError locked = salesforceErrorFromJson(
        200, QJsonDocument::fromJson(R"({"statusCode":"UNABLE_TO_LOCK_ROW","message":"locked"})")
                 .object());
    EXPECT_EQ(locked.kind, Kind::Transient);
}

TEST(SalesforceError, MakesServerErrorsTransientWhateverTheBody)
{
    EXPECT_EQ(parseSalesforceErrorResponse(503, "<html><body>Down</body></html>").kind,
              Kind::Transient);
    EXPECT_EQ(parseSalesforceErrorResponse(502, "").kind, Kind::Transient);
    const SalesforceError unknown = parseSalesforceErrorResponse(
        500, R"([{"message":"An unexpected error occurred.","errorCode":"UNKNOWN_EXCEPTION"}])");
    EXPECT_EQ(unknown.kind, Kind::Transient);
    EXPECT_EQ(unknown.code, QStringLiteral("UNKNOWN_EXCEPTION"));
}

TEST(SalesforceError, MakesUnreadableBodiesMalformed)
{
    const SalesforceError html = parseSalesforceErrorResponse(400, "<html><head><title>Error");
    EXPECT_EQ(html.kind, Kind::Malformed);
    EXPECT_TRUE(html.message.contains(QStringLiteral("<html>")));
    EXPECT_EQ(parseSalesforceErrorResponse(400, "").kind, Kind::Malformed);
    EXPECT_EQ(parseSalesforceErrorResponse(400, R"([{"message":"trunc)").kind, Kind::Malformed);
    EXPECT_EQ(parseSalesforceErrorResponse(400, "[]").kind, Kind::Malformed);
    EXPECT_EQ(parseSalesforceErrorResponse(400, R"({"unrelated":1})").kind, Kind::Malformed);
    // The status still says what an unreadable 401 or 404 means.
    EXPECT_EQ(parseSalesforceErrorResponse(401, "").kind, Kind::SessionExpired);
    EXPECT_EQ(parseSalesforceErrorResponse(404, "<html>").kind, Kind::NotFound);
}

TEST(SalesforceError, SummaryNamesKindCodeAndFields)
{
    SalesforceError error = salesforceErrorFromJson(
        400, QJsonDocument::fromJson(
                 R"([{"errorCode":"INVALID_FIELD","message":"bad","fields":["A","B"]}])")
                 .array());
    EXPECT_EQ(error.summary(), QStringLiteral("Validation (HTTP 400) INVALID_FIELD: bad [A, B]"));
}

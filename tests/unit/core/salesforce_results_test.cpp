// The result parsers over the real payloads in tests/data, and soqlQuote.
#include "salesforce/salesforce_results.h"
#include "salesforce/soql_quote.h"

#include <QFile>
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

template <typename T> const SalesforceError &errorOf(const std::variant<T, SalesforceError> &result)
{
    static const SalesforceError none;
    const auto *error = std::get_if<SalesforceError>(&result);
    EXPECT_NE(error, nullptr);
    return error ? *error : none;
}

} // namespace

TEST(SalesforceQueryPage, ReadsAPageThatHasANext)
{
    const auto result =
        parseQueryPage(fixture("restforce/query_paginated_first_page_response.json"));
    ASSERT_TRUE(std::holds_alternative<QueryPage>(result));
    const QueryPage &page = std::get<QueryPage>(result);
    EXPECT_EQ(page.totalSize, 2);
    EXPECT_FALSE(page.done);
    EXPECT_EQ(page.nextRecordsUrl, QStringLiteral("/services/data/v26.0/query/01gD"));
    ASSERT_EQ(page.records.size(), 1);
}

TEST(SalesforceQueryPage, ReadsLastEmptyAndAggregatePages)
{
    for (const char *path :
         {"restforce/query_paginated_last_page_response.json",
          "restforce/query_empty_response.json", "restforce/query_success_response.json",
          "restforce/query_aggregate_success_response.json",
          "swiftlysalesforce/MockAggregateQueryResult.json"}) {
        const auto result = parseQueryPage(fixture(path));
        ASSERT_TRUE(std::holds_alternative<QueryPage>(result)) << path;
        const QueryPage &page = std::get<QueryPage>(result);
        EXPECT_TRUE(page.done) << path;
        EXPECT_TRUE(page.nextRecordsUrl.isEmpty()) << path;
        EXPECT_LE(page.records.size(), page.totalSize) << path;
    }
}

TEST(SalesforceQueryPage, RefusesWhatIsNoQueryResult)
{
    EXPECT_EQ(errorOf(parseQueryPage("")).kind, Kind::Malformed);
    EXPECT_EQ(errorOf(parseQueryPage(R"({"totalSize":3,"done":true,"recor)")).kind,
              Kind::Malformed);
    EXPECT_EQ(errorOf(parseQueryPage(R"({"totalSize":3,"done":false,"records":[]})")).kind,
              Kind::Malformed);
    EXPECT_EQ(errorOf(parseQueryPage(fixture("restforce/query_error_response.json"))).kind,
              Kind::Malformed);
}

TEST(SalesforceSaveResults, ReadsCollectionsSuccess)
{
    for (const char *path : {"restforce/composite_sobjects_success_response.json",
                             "restforce/composite_sobjects_destroy_success_response.json"}) {
        const auto result = parseSaveResults(fixture(path));
        ASSERT_TRUE(std::holds_alternative<QList<SaveResult>>(result)) << path;
        const QList<SaveResult> &results = std::get<QList<SaveResult>>(result);
        ASSERT_EQ(results.size(), 1);
        EXPECT_TRUE(results.first().success);
        EXPECT_FALSE(results.first().id.isEmpty());
        EXPECT_TRUE(results.first().errors.isEmpty());
    }
}

TEST(SalesforceSaveResults, ReadsPerRecordErrorsInOrder)
{
    const auto result = parseSaveResults(R"([
        {"id":"003000000000001AAA","success":true,"errors":[]},
        {"success":false,"errors":[{"statusCode":"REQUIRED_FIELD_MISSING",
            "message":"Required fields are missing: [LastName]","fields":["LastName"]}]},
        {"id":"003000000000003AAA","success":true,"created":true,"errors":[]}])");
    ASSERT_TRUE(std::holds_alternative<QList<SaveResult>>(result));
    const QList<SaveResult> &results = std::get<QList<SaveResult>>(result);
    ASSERT_EQ(results.size(), 3);
    EXPECT_TRUE(results[0].success);
    EXPECT_FALSE(results[1].success);
    ASSERT_EQ(results[1].errors.size(), 1);
    EXPECT_EQ(results[1].errors[0].kind, Kind::Validation);
    EXPECT_EQ(results[1].errors[0].code, QStringLiteral("REQUIRED_FIELD_MISSING"));
    EXPECT_EQ(results[1].errors[0].fields, QStringList{QStringLiteral("LastName")});
    EXPECT_EQ(results[2].created, std::optional<bool>(true));
    EXPECT_EQ(errorOf(parseSaveResults(R"({"id":"x"})")).kind, Kind::Malformed);
    EXPECT_EQ(errorOf(parseSaveResults(R"([{"id":"x"}])")).kind, Kind::Malformed);
}

TEST(SalesforceSaveResults, ReadsSingleSaveResults)
{
    for (const char *path : {"restforce/create_success_response.json",
                             "restforce/upsert_created_success_response.json"}) {
        const auto object = parseJsonObjectBody(fixture(path));
        ASSERT_TRUE(std::holds_alternative<QJsonObject>(object)) << path;
        const SaveResult result = parseSaveResult(std::get<QJsonObject>(object));
        EXPECT_TRUE(result.success) << path;
        EXPECT_FALSE(result.id.isEmpty()) << path;
    }
}

TEST(SalesforceCompositeResponse, ReadsSuccessfulSubresponses)
{
    const auto result =
        parseCompositeResponse(fixture("apache-camel/composite_response_example_success.json"));
    ASSERT_TRUE(std::holds_alternative<QList<CompositeSubresponse>>(result));
    const auto &responses = std::get<QList<CompositeSubresponse>>(result);
    ASSERT_EQ(responses.size(), 2);
    EXPECT_EQ(responses[0].referenceId, QStringLiteral("NewPayment1"));
    EXPECT_EQ(responses[0].httpStatus, 201);
    EXPECT_FALSE(responses[0].error.has_value());
    EXPECT_EQ(responses[0].body.toObject().value(QStringLiteral("id")).toString(),
              QStringLiteral("a1V3E000000EXomUAM"));
    EXPECT_TRUE(responses[0].httpHeaders.contains(QStringLiteral("Location")));
}

TEST(SalesforceCompositeResponse, TypesEachFailedSubresponse)
{
    const auto result =
        parseCompositeResponse(fixture("apache-camel/composite_response_example_failure.json"));
    ASSERT_TRUE(std::holds_alternative<QList<CompositeSubresponse>>(result));
    const auto &responses = std::get<QList<CompositeSubresponse>>(result);
    ASSERT_EQ(responses.size(), 2);
    ASSERT_TRUE(responses[0].error.has_value());
    EXPECT_EQ(responses[0].error->code, QStringLiteral("PROCESSING_HALTED"));
    // Rolled back because of another subrequest: worth sending again.
    EXPECT_EQ(responses[0].error->kind, Kind::Transient);
    ASSERT_TRUE(responses[1].error.has_value());
    EXPECT_EQ(responses[1].error->kind, Kind::Validation);
    EXPECT_EQ(responses[1].error->code, QStringLiteral("INVALID_FIELD"));
    EXPECT_EQ(responses[1].error->httpStatus, 400);
    EXPECT_EQ(errorOf(parseCompositeResponse(R"({"compositeResponse":[{"body":null}]})")).kind,
              Kind::Malformed);
    EXPECT_EQ(errorOf(parseCompositeResponse(R"([])")).kind, Kind::Malformed);
}

TEST(SalesforceApiVersions, ReadsTheVersionsList)
{
    const auto result = parseApiVersions(
        R"([{"label":"Winter '25","url":"/services/data/v62.0","version":"62.0"}])");
    ASSERT_TRUE(std::holds_alternative<QList<ApiVersion>>(result));
    EXPECT_EQ(std::get<QList<ApiVersion>>(result).first().version, QStringLiteral("62.0"));
    EXPECT_EQ(errorOf(parseApiVersions(R"({"version":"62.0"})")).kind, Kind::Malformed);
}

TEST(SalesforceJsonObjectBody, ReadsDescribesAndRecords)
{
    for (const char *path :
         {"restforce/sobject_describe_success_response.json",
          "restforce/describe_sobjects_success_response.json", "apache-camel/globalObjects.json",
          "swiftlysalesforce/MockAccount.json", "swiftlysalesforce/MockAccountMetadata.json"}) {
        EXPECT_TRUE(std::holds_alternative<QJsonObject>(parseJsonObjectBody(fixture(path))))
            << path;
    }
    EXPECT_EQ(errorOf(parseJsonObjectBody("<html>")).kind, Kind::Malformed);
}

TEST(SalesforceSoqlQuote, QuotesAndEscapes)
{
    EXPECT_EQ(soqlQuote(u"Smith"), QStringLiteral("'Smith'"));
    EXPECT_EQ(soqlQuote(u""), QStringLiteral("''"));
    EXPECT_EQ(soqlQuote(u"O'Brien"), QStringLiteral(R"('O\'Brien')"));
    EXPECT_EQ(soqlQuote(u"a\\b"), QStringLiteral(R"('a\\b')"));
    EXPECT_EQ(soqlQuote(u"two\nlines\r\tx"), QStringLiteral(R"('two\nlines\r\tx')"));
    EXPECT_EQ(soqlQuote(u"say \"hi\""), QStringLiteral(R"('say \"hi\"')"));
    // A value trying to close the literal stays inside it.
    EXPECT_EQ(soqlQuote(u"x' OR Name != '"), QStringLiteral(R"('x\' OR Name != \'')"));
    EXPECT_EQ(soqlQuote(u"\\'"), QStringLiteral(R"('\\\'')"));
    EXPECT_EQ(soqlQuote(u"Zoë 李"), QStringLiteral("'Zoë 李'"));
}

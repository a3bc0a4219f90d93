// Fuzzes what SyncDesk reads from an org: the Sforce-Limit-Info header and the
// JSON result and error parsers. Any bytes must give a result or a typed error,
// never a crash, a hang or an error that contradicts itself.
#include "salesforce/limit_info.h"
#include "salesforce/org_limits.h"
#include "salesforce/salesforce_error.h"
#include "salesforce/salesforce_results.h"

#include <cstdint>
#include <cstdlib>

using namespace syncdesk;

namespace {

void require(bool condition)
{
    if (!condition)
        std::abort();
}

void checkError(const SalesforceError &error)
{
    // The headline repeats the first entry, when there is one.
    if (!error.entries.isEmpty()) {
        require(error.code == error.entries.first().code);
        require(error.message == error.entries.first().message);
    }
    require(!error.summary().isEmpty());
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    if (const auto info = parseLimitInfo(bytes)) {
        require(info->apiUsage.used >= 0 && info->apiUsage.max >= 0);
        (void)info->apiUsage.percent();
    }

    for (const int status : {0, 200, 300, 400, 401, 403, 404, 500, 503}) {
        const SalesforceError error = parseSalesforceErrorResponse(status, bytes);
        require(error.httpStatus == status);
        checkError(error);
        if (status >= 500)
            require(error.kind == SalesforceError::Kind::Transient ||
                    error.kind == SalesforceError::Kind::Auth ||
                    error.kind == SalesforceError::Kind::LimitExceeded ||
                    error.kind == SalesforceError::Kind::ConcurrentLimit ||
                    error.kind == SalesforceError::Kind::SessionExpired ||
                    error.kind == SalesforceError::Kind::NotFound);
    }

    const auto page = parseQueryPage(bytes);
    if (const auto *parsed = std::get_if<QueryPage>(&page))
        require(parsed->done || !parsed->nextRecordsUrl.isEmpty());
    else
        checkError(std::get<SalesforceError>(page));

    const auto saved = parseSaveResults(bytes);
    if (const auto *results = std::get_if<QList<SaveResult>>(&saved)) {
        for (const SaveResult &result : *results) {
            require(result.success || !result.errors.isEmpty());
            for (const SalesforceError &error : result.errors)
                checkError(error);
        }
    }

    const auto composite = parseCompositeResponse(bytes);
    if (const auto *responses = std::get_if<QList<CompositeSubresponse>>(&composite)) {
        for (const CompositeSubresponse &response : *responses) {
            const bool failed = response.httpStatus < 200 || response.httpStatus >= 300;
            require(failed == response.error.has_value());
            if (response.error)
                checkError(*response.error);
        }
    }

    (void)parseApiVersions(bytes);
    (void)parseJsonObjectBody(bytes);
    (void)parseOrgLimits(bytes);
    return 0;
}

#include "server/command_line.h"

#include "server/event_log_controls.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Rates for --simulate lively: enough that charts move within a minute, low
// enough that a Developer Edition allocation lasts the day.
constexpr double livelyOtherIntegrationsPerHour = 300;
constexpr double livelyUserEditsPerHour = 240;

template <typename Number>
bool readNumber(const QCommandLineParser &parser, const QString &name, Number min, Number max,
                Number *target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const double value = parser.value(name).toDouble(&ok);
    if (!ok || value < double(min) || value > double(max)) {
        *error = u"--"_s + name + u" must be a number from "_s + QString::number(min) + u" to "_s +
                 QString::number(max) + u", not '"_s + parser.value(name) + u"'"_s;
        return false;
    }
    *target = Number(value);
    return true;
}

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        u"A local Salesforce-compatible org for SyncDesk: OAuth, REST, SOQL, sObject "
        "Collections, composite and the rolling 24-hour API limit. Listens on 127.0.0.1 only "
        "and prints its base URL on the first line. Test controls live under /_sandbox/."_s);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {u"port"_s, u"Port to listen on; 0 picks a free one (default 0)."_s, u"N"_s},
        {u"daily-limit"_s, u"Daily API request allocation (default 15000)."_s, u"N"_s},
        {u"overage-cap"_s, u"Let usage go over the limit up to this hard cap, like a paid org."_s,
         u"N"_s},
        {u"seed"_s, u"Seed of the generated records and simulations (default 1)."_s, u"N"_s},
        {u"db"_s, u"Keep the org's state in this SQLite file instead of memory."_s, u"FILE"_s},
        {u"request-log"_s,
         u"Append one JSON line per API request to this file: method, path, fault, status and the bodies of writes (never the token endpoint's, never a header)."_s,
         u"FILE"_s},
        {u"accounts"_s, u"Accounts to generate (default 1500)."_s, u"N"_s},
        {u"contacts"_s, u"Contacts to generate (default 3000)."_s, u"N"_s},
        {u"leads"_s, u"Leads to generate (default 2500)."_s, u"N"_s},
        {u"opportunities"_s, u"Opportunities to generate (default 1200)."_s, u"N"_s},
        {u"other-integrations-per-hour"_s,
         u"Calls per hour the org's other integrations spend together (default 0): Pardot Marketing Sync polling all day, a Nightly Data Loader, Tableau BI in working hours and a bursty Custom Order Integration, each with its own connected app and user in the ApiTotalUsage event log."_s,
         u"N"_s},
        {u"user-edits-per-hour"_s, u"Record edits per hour by simulated CRM users (default 0)."_s,
         u"N"_s},
        {u"simulate"_s,
         u"'lively': other integrations and CRM users at a visible rate, with a day of usage already in the window and a week of the other integrations' ApiTotalUsage event log files (hourly and daily) already published."_s,
         u"MODE"_s},
        {u"session-timeout"_s, u"Seconds an access token lives unused (default 7200)."_s,
         u"SECONDS"_s},
        {u"username"_s, u"User name for the password flow."_s, u"NAME"_s},
        {u"password"_s, u"Password for the password flow (default 'sandbox')."_s, u"PASSWORD"_s},
        {u"without-syncdesk-fields"_s,
         u"Leave out SyncDesk's custom fields (SyncDesk_Id__c, SyncDesk_Activity_Id__c), like an org not yet prepared."_s},
        {u"exit-with-stdin"_s, u"Exit when standard input closes (for a parent process)."_s},
        // A busy real org; every one off by default.
        {u"whole-second-stamps"_s,
         u"Stamp CreatedDate, LastModifiedDate and SystemModstamp at whole seconds (.000)."_s},
        {u"commit-delay"_s,
         u"Writes are stamped when they start but visible to queries and GETs only this many seconds later (default 0)."_s,
         u"SECONDS"_s},
        {u"commit-delay-writers"_s,
         u"Whose writes --commit-delay holds back: all (default), api or users (CRM users)."_s,
         u"WHO"_s},
        {u"lock-row-rate"_s,
         u"Share (0-1) of record saves, REST and Bulk API 2.0 rows alike, refused with UNABLE_TO_LOCK_ROW (default 0)."_s,
         u"RATE"_s},
        {u"automation"_s,
         u"A Flow on API saves: Object.Field=value, set as the saving user one second later. Repeatable, one per object."_s,
         u"RULE"_s},
        {u"fault-rate"_s,
         u"Share (0-1) of requests, token endpoint included, given a random fault: 5xx, dropped connection, truncated JSON or expired session (default 0)."_s,
         u"RATE"_s},
        {u"latency"_s,
         u"Answer every API request (token endpoint included) this many milliseconds late, as an org across the internet does; the work is done at once, only the answer waits (default 0)."_s,
         u"MS"_s},
        {u"fault-seed"_s, u"Seed of --fault-rate's random faults (default 1)."_s, u"N"_s},
        // The event log files (EventLogFile, ApiTotalUsage).
        {u"without-event-log-permission"_s,
         u"The signed-in user lacks 'View Event Log Files': EventLogFile queries fail with INVALID_TYPE and log file downloads with NOT_FOUND (also POST /_sandbox/event-logs {\"viewPermission\":false})."_s},
        {u"event-log-columns"_s,
         u"Column layout of newly published ApiTotalUsage log files: standard (default), shuffled (another order, as after a Salesforce release) or extended (shuffled plus API_CLIENT_CATEGORY). LogFileFieldNames always tells (also POST /_sandbox/event-logs {\"columns\":...})."_s,
         u"LAYOUT"_s},
        // Bulk API 2.0.
        {u"bulk-processing-delay"_s,
         u"Seconds on the org's clock each chunk of 10,000 Bulk API 2.0 records (ingest or query) takes; 0 (default) finishes a job before the next request is answered, so counts stay exact. Jobs then stay InProgress until the clock moves on (also POST /_sandbox/bulk {\"processingDelaySeconds\":N})."_s,
         u"SECONDS"_s},
        {u"bulk-query-page-records"_s,
         u"Records per Bulk API 2.0 query results page when the request names no maxRecords (default 50000; Salesforce's own default is unpublished)."_s,
         u"N"_s},
        {u"user-edits-synced-share"_s,
         u"Share (0-1) of CRM-user edits aimed at SyncDesk's records (with SyncDesk_Id__c) and synced fields (default 0)."_s,
         u"RATE"_s},
    });
}

bool CommandLine::parse(const QStringList &arguments, SandboxConfig *config, QString *error)
{
    if (!m_parser.parse(arguments)) {
        *error = m_parser.errorText();
        return false;
    }
    if (!m_parser.positionalArguments().isEmpty()) {
        *error = u"Unexpected argument: "_s + m_parser.positionalArguments().first();
        return false;
    }
    constexpr int maxCount = 1'000'000;
    const bool numbersOk =
        readNumber<quint16>(m_parser, u"port"_s, 0, 65535, &config->port, error) &&
        readNumber(m_parser, u"daily-limit"_s, 1, 100'000'000, &config->dailyLimit, error) &&
        readNumber(m_parser, u"overage-cap"_s, 0, 200'000'000, &config->overageCap, error) &&
        readNumber<quint32>(m_parser, u"seed"_s, 0, 4'000'000'000u, &config->seed, error) &&
        readNumber(m_parser, u"accounts"_s, 0, maxCount, &config->seedCounts.accounts, error) &&
        readNumber(m_parser, u"contacts"_s, 0, maxCount, &config->seedCounts.contacts, error) &&
        readNumber(m_parser, u"leads"_s, 0, maxCount, &config->seedCounts.leads, error) &&
        readNumber(m_parser, u"opportunities"_s, 0, maxCount, &config->seedCounts.opportunities,
                   error) &&
        readNumber(m_parser, u"other-integrations-per-hour"_s, 0.0, 10'000'000.0,
                   &config->otherIntegrationsPerHour, error) &&
        readNumber(m_parser, u"user-edits-per-hour"_s, 0.0, 1'000'000.0, &config->userEditsPerHour,
                   error) &&
        readNumber<qint64>(m_parser, u"session-timeout"_s, 1, 30 * 24 * 3600,
                           &config->sessionTimeoutSeconds, error) &&
        readNumber<qint64>(m_parser, u"commit-delay"_s, 0, 24 * 3600, &config->commitDelaySeconds,
                           error) &&
        readNumber(m_parser, u"lock-row-rate"_s, 0.0, 1.0, &config->lockRowRate, error) &&
        readNumber(m_parser, u"fault-rate"_s, 0.0, 1.0, &config->faultRate, error) &&
        readNumber(m_parser, u"latency"_s, 0, 60'000, &config->latencyMs, error) &&
        readNumber<quint32>(m_parser, u"fault-seed"_s, 0, 4'000'000'000u, &config->faultSeed,
                            error) &&
        readNumber(m_parser, u"user-edits-synced-share"_s, 0.0, 1.0, &config->userEditsSyncedShare,
                   error) &&
        readNumber<qint64>(m_parser, u"bulk-processing-delay"_s, 0, 24 * 3600,
                           &config->bulkProcessingDelaySeconds, error) &&
        readNumber<qint64>(m_parser, u"bulk-query-page-records"_s, 1, 100'000'000,
                           &config->bulkQueryPageRecords, error);
    if (!numbersOk)
        return false;
    if (m_parser.isSet(u"simulate"_s)) {
        if (m_parser.value(u"simulate"_s) != u"lively"_s) {
            *error = u"--simulate takes 'lively'"_s;
            return false;
        }
        if (!m_parser.isSet(u"other-integrations-per-hour"_s))
            config->otherIntegrationsPerHour = livelyOtherIntegrationsPerHour;
        if (!m_parser.isSet(u"user-edits-per-hour"_s))
            config->userEditsPerHour = livelyUserEditsPerHour;
        config->withUsageHistory = true;
    }
    config->withoutSyncDeskFields = m_parser.isSet(u"without-syncdesk-fields"_s);
    config->eventLogViewPermission = !m_parser.isSet(u"without-event-log-permission"_s);
    if (m_parser.isSet(u"event-log-columns"_s)) {
        const auto layout = eventLogLayoutNamed(m_parser.value(u"event-log-columns"_s));
        if (!layout) {
            *error = u"--event-log-columns takes standard, shuffled or extended"_s;
            return false;
        }
        config->eventLogLayout = *layout;
    }
    config->wholeSecondStamps = m_parser.isSet(u"whole-second-stamps"_s);
    config->automations = m_parser.values(u"automation"_s);
    if (m_parser.isSet(u"commit-delay-writers"_s)) {
        const QString writers = m_parser.value(u"commit-delay-writers"_s);
        if (writers != u"all"_s && writers != u"api"_s && writers != u"users"_s) {
            *error = u"--commit-delay-writers takes all, api or users"_s;
            return false;
        }
        config->commitDelayForApi = writers != u"users"_s;
        config->commitDelayForCrmUsers = writers != u"api"_s;
    }
    if (m_parser.isSet(u"db"_s))
        config->databasePath = m_parser.value(u"db"_s);
    if (m_parser.isSet(u"request-log"_s))
        config->requestLogPath = m_parser.value(u"request-log"_s);
    if (m_parser.isSet(u"username"_s))
        config->username = m_parser.value(u"username"_s);
    if (m_parser.isSet(u"password"_s))
        config->password = m_parser.value(u"password"_s);
    return true;
}

} // namespace syncdesk::sandbox

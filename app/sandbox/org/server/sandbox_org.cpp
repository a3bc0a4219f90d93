#include "server/sandbox_org.h"

#include "data/salesforce_id.h"
#include "data/seed_data.h"
#include "data/state_file.h"
#include "http/salesforce_error.h"
#include "schema/object_description.h"

namespace syncdesk::sandbox {

using namespace Qt::Literals::StringLiterals;

namespace {

// Describe answers Last-Modified with this: the schema is built in, so it
// changes only with a new sandbox release.
const QDateTime schemaReleasedAt = QDateTime(QDate(2026, 1, 5), QTime(0, 0), Qt::UTC);

QString faultKindName(Fault::Kind kind)
{
    switch (kind) {
    case Fault::Kind::ServerError:
        return u"server_error"_s;
    case Fault::Kind::Delay:
        return u"delay"_s;
    case Fault::Kind::Drop:
        return u"drop"_s;
    case Fault::Kind::MalformedJson:
        return u"malformed_json"_s;
    case Fault::Kind::ExpireSession:
        return u"expire_session"_s;
    case Fault::Kind::Hold:
        return u"hold"_s;
    }
    return {};
}

OAuthIdentity identityFor(const SandboxConfig &config)
{
    // The admin is the first seeded user.
    return OAuthIdentity{salesforce_id::make(u"00D", config.seed), salesforce_id::make(u"005", 1),
                         config.username, config.password};
}

ApiResponse serverError(int status)
{
    if (status == 503)
        return SalesforceError{u"SERVER_UNAVAILABLE"_s, u"Server temporarily unavailable"_s}
            .toResponse(503);
    return SalesforceError{u"UNKNOWN_EXCEPTION"_s,
                           u"An unexpected error occurred. Please include this ErrorId if you "
                           "contact support: 1234567890-12345 (-1234567890)"_s}
        .toResponse(status);
}

// A lively org has a week of history: seven whole UTC days before today and
// today so far. The allocation still counts only the last 24 hours of it.
std::chrono::seconds livelyHistory(const QDateTime &now)
{
    const QDateTime weekAgoMidnight(now.toUTC().date().addDays(-7), QTime(0, 0), Qt::UTC);
    return std::chrono::seconds(weekAgoMidnight.secsTo(now));
}

const OrgSchema &schemaFor(const SandboxConfig &config)
{
    return config.withoutSyncDeskFields ? OrgSchema::withoutSyncDeskFields()
                                        : OrgSchema::standard();
}

} // namespace

SandboxOrg::SandboxOrg(const SandboxConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_allocation(config.dailyLimit)
    , m_store(schemaFor(config))
    , m_oauth(identityFor(config))
    , m_usageLog(m_oauth.identity().orgId, config.seed)
    , m_eventLogFiles(m_usageLog, config.seed, m_oauth.identity().userId)
    , m_context{schemaFor(config), m_store,   m_oauth,          m_allocation, m_clock,
                m_cursors,         QString(), schemaReleasedAt, &m_saveRules}
    , m_bulkJobs(m_context)
    , m_router(m_context)
    , m_otherIntegrations(m_allocation, m_clock, config.seed)
    , m_crmUsers(m_store, m_clock, config.seed)
    , m_randomFaults(config.faultSeed)
    , m_saveRules(config.seed)
    , m_crmOperations(m_store, m_clock)
    , m_controls(*this)
{
    m_context.usageLog = &m_usageLog;
    m_context.eventLogFiles = &m_eventLogFiles;
    m_context.bulkJobs = &m_bulkJobs;
    m_otherIntegrations.recordInto(&m_usageLog);
    if (config.overageCap > config.dailyLimit)
        m_allocation.setOverage(config.overageCap);
    m_oauth.setSessionTimeout(config.sessionTimeoutSeconds);
    m_otherIntegrations.setRate(config.otherIntegrationsPerHour);
    m_crmUsers.setRate(config.userEditsPerHour);
    applyRealOrgConfig();
}

void SandboxOrg::applyRealOrgConfig()
{
    m_store.setWholeSecondStamps(m_config.wholeSecondStamps);
    m_store.setCommitDelay(RecordStore::Writer::Api,
                           m_config.commitDelayForApi ? m_config.commitDelaySeconds : 0);
    m_store.setCommitDelay(RecordStore::Writer::CrmUser,
                           m_config.commitDelayForCrmUsers ? m_config.commitDelaySeconds : 0);
    m_saveRules.setLockFailureRate(m_config.lockRowRate);
    m_saveRules.clearAutomations();
    for (const QString &spec : std::as_const(m_config.automations)) {
        QString ignored; // open() reports a bad one
        m_saveRules.setAutomation(m_store.schema(), spec, &ignored);
    }
    m_randomFaults.configure(m_config.faultRate, m_config.faultSeed);
    m_crmUsers.setSyncedRecordShare(m_config.userEditsSyncedShare);
    m_eventLogFiles.setViewPermission(m_config.eventLogViewPermission);
    m_eventLogFiles.setLayoutChoice(m_config.eventLogLayout);
    m_bulkJobs.setProcessingDelay(m_config.bulkProcessingDelaySeconds);
    m_bulkJobs.setQueryPageRecords(m_config.bulkQueryPageRecords);
}

SandboxOrg::~SandboxOrg() = default;

bool SandboxOrg::open(QString *error)
{
    for (const QString &spec : std::as_const(m_config.automations)) {
        SaveRules check;
        if (!check.setAutomation(m_store.schema(), spec, error))
            return false;
    }
    if (!m_config.requestLogPath.isEmpty() && !m_requestLog.open(m_config.requestLogPath, error))
        return false;
    // A state file brought its own day of usage back; a second day on top would be made up.
    bool usageRestored = false;
    if (!m_config.databasePath.isEmpty()) {
        m_stateFile = std::make_unique<StateFile>(m_store, m_allocation, m_clock);
        if (!m_stateFile->open(m_config.databasePath, error))
            return false;
        if (m_stateFile->hasRecords()) {
            if (!m_stateFile->load(error))
                return false;
            usageRestored = true;
        } else {
            reseed();
            m_stateFile->rewriteAll();
        }
    } else {
        reseed();
    }
    if (m_config.otherIntegrationsPerHour > 0)
        m_otherIntegrations.start(m_config.withUsageHistory && !usageRestored
                                      ? livelyHistory(m_clock.now())
                                      : std::chrono::seconds(0));
    // A lively org's past week of files is there from the start.
    m_eventLogFiles.publishDue(m_clock.now());
    if (m_config.userEditsPerHour > 0)
        m_crmUsers.start();
    return true;
}

void SandboxOrg::reseed()
{
    m_store.clear();
    seedOrg(m_store, m_config.seed, m_config.seedCounts, m_clock.now());
}

void SandboxOrg::reset()
{
    m_clock.setOffset(0);
    m_allocation.reset();
    m_allocation.setMax(m_config.dailyLimit);
    m_faults.clear();
    m_cursors.clear();
    m_usageLog.clear();
    m_eventLogFiles.clear();
    m_bulkJobs.clear();
    applyRealOrgConfig();
    reseed();
    if (m_stateFile)
        m_stateFile->rewriteAll();
}

SandboxOrg::Reply SandboxOrg::handle(const ApiRequest &request)
{
    // Bulk jobs do the work that came due on the org's clock before anyone looks.
    m_bulkJobs.advance(m_clock.now());
    if (request.path.startsWith(u"/_sandbox/"_s))
        return Reply{m_controls.handle(request)};

    Reply reply;
    reply.delayMs = m_config.latencyMs;
    // Queued faults first; then, at the configured rate, random ones.
    std::optional<Fault> fault = m_faults.take(request);
    if (!fault)
        fault = m_randomFaults.draw(request);
    const QString faultName = fault ? faultKindName(fault->kind) : QString();
    if (fault) {
        switch (fault->kind) {
        case Fault::Kind::ServerError:
            reply.response = serverError(fault->status);
            m_requestLog.write(m_clock.now(), request, faultName, &reply.response);
            return reply;
        case Fault::Kind::Drop:
            reply.drop = true;
            m_requestLog.write(m_clock.now(), request, faultName, nullptr);
            return reply;
        case Fault::Kind::Hold:
            reply.hold = true;
            m_requestLog.write(m_clock.now(), request, faultName, nullptr);
            return reply;
        case Fault::Kind::Delay:
            reply.delayMs += fault->delayMs;
            break;
        case Fault::Kind::ExpireSession:
            m_oauth.expireAllSessions();
            break;
        case Fault::Kind::MalformedJson:
            break;
        }
    }
    reply.response = m_router.handle(request);
    m_requestLog.write(m_clock.now(), request, faultName, &reply.response);
    if (fault && fault->kind == Fault::Kind::MalformedJson)
        reply.response.body.truncate(std::max<qsizetype>(1, reply.response.body.size() / 2));
    return reply;
}

} // namespace syncdesk::sandbox

#include "salesforce/api_usage_log_reader.h"

#include "salesforce/salesforce_client.h"
#include "usage/api_usage_log_parser.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

Q_LOGGING_CATEGORY(lcUsageLog, "syncdesk.usagelog")

// Without "View Event Log Files" Salesforce hides the object itself: the query answers
// 400 INVALID_TYPE "sObject type 'EventLogFile' is not supported".
bool isMissingPermission(const SalesforceError &error)
{
    return error.code == u"INVALID_TYPE"_s || error.code == u"INSUFFICIENT_ACCESS"_s ||
           error.code == u"INSUFFICIENT_ACCESS_OR_READONLY"_s;
}

} // namespace

ApiUsageLogReader::ApiUsageLogReader(QSqlDatabase db, SalesforceClient *client,
                                     std::function<QDateTime()> clock, QObject *parent)
    : QObject(parent)
    , m_store(std::move(db))
    , m_client(client)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{}

QString ApiUsageLogReader::missingPermissionMessage()
{
    return tr("SyncDesk cannot read the org's API usage logs: the integration user lacks the "
              "'View Event Log Files' permission.");
}

QDateTime ApiUsageLogReader::nextListingAt() const
{
    const UsageLogReaderState state = m_store.readerState();
    QDateTime next;
    if (state.refusedAt.isValid() &&
        (!state.listedAt.isValid() || state.refusedAt > state.listedAt))
        next = state.refusedAt.addSecs(kRefusedRetrySeconds);
    else if (state.listedAt.isValid())
        next = state.listedAt.addSecs(kListingSpacingSeconds);
    return next;
}

bool ApiUsageLogReader::isDue(const QDateTime &now) const
{
    if (m_reading)
        return false;
    // Whatever failed (not refused) waits an hour, not the next cycle.
    if (m_failedAt.isValid() && now < m_failedAt.addSecs(kListingSpacingSeconds))
        return false;
    if (!m_toFetch.isEmpty())
        return true;
    const QDateTime next = nextListingAt();
    return !next.isValid() || now >= next;
}

void ApiUsageLogReader::read(std::function<void(UsageLogReadReport)> done)
{
    auto report = std::make_shared<UsageLogReadReport>();
    if (m_reading || !m_client) {
        QMetaObject::invokeMethod(
            this, [done, report] { done(*report); }, Qt::QueuedConnection);
        return;
    }
    // Files a budget cut short are fetched before the org is listed again.
    const bool listingDue = m_toFetch.isEmpty() && isDue(now());
    m_reading = true;
    if (!listingDue)
        return downloadNext(report, std::move(done));
    list(report, std::move(done));
}

void ApiUsageLogReader::list(const std::shared_ptr<UsageLogReadReport> &report,
                             std::function<void(UsageLogReadReport)> done)
{
    if (!mayCall())
        return finish(report, done);
    const QDateTime at = now();
    const QDateTime since =
        QDateTime(at.toUTC().date().addDays(-kHistoryDays), QTime(0, 0), QTimeZone::utc());
    ++report->calls;
    QPointer<ApiUsageLogReader> self(this);
    m_client->query(eventLogFileListing(since), CallCategory::UsageLog,
                    [self, report, done](const SalesforceResult<QueryResult> &result) {
                        if (!self)
                            return;
                        report->calls += std::holds_alternative<QueryResult>(result)
                                             ? std::max(std::get<QueryResult>(result).pages - 1, 0)
                                             : 0;
                        UsageLogReaderState state = self->m_store.readerState();
                        if (const auto *error = std::get_if<SalesforceError>(&result)) {
                            if (isMissingPermission(*error)) {
                                report->refused = true;
                                state.refusedAt = self->now();
                                state.problem = missingPermissionMessage();
                                qCInfo(lcUsageLog) << "listing refused:" << error->summary();
                            } else {
                                report->callError = *error;
                                self->m_failedAt = self->now();
                                qCWarning(lcUsageLog) << "listing failed:" << error->summary();
                            }
                            if (report->refused && !self->m_store.setReaderState(state))
                                qCWarning(lcUsageLog) << "cannot store the reader's state"
                                                      << self->m_store.lastError();
                            return self->finish(report, done);
                        }
                        QList<EventLogFileInfo> listed;
                        for (const QJsonValue &record : std::get<QueryResult>(result).records) {
                            if (const auto file = eventLogFileFromRecord(record.toObject()))
                                listed.append(*file);
                        }
                        self->m_toFetch = eventLogFilesToFetch(listed, self->m_store.storedFiles());
                        self->m_failedAt = QDateTime();
                        state.listedAt = self->now();
                        state.listingFoundNew = !self->m_toFetch.isEmpty();
                        state.refusedAt = QDateTime();
                        state.problem.clear();
                        if (!self->m_store.setReaderState(state))
                            qCWarning(lcUsageLog)
                                << "cannot store the reader's state" << self->m_store.lastError();
                        self->downloadNext(report, done);
                    });
}

void ApiUsageLogReader::downloadNext(const std::shared_ptr<UsageLogReadReport> &report,
                                     std::function<void(UsageLogReadReport)> done)
{
    if (m_toFetch.isEmpty() || !m_client || !mayCall())
        return finish(report, done);
    const EventLogFileInfo file = m_toFetch.first();
    auto parser = std::make_shared<ApiUsageLogParser>();
    ++report->calls;
    QPointer<ApiUsageLogReader> self(this);
    m_client->download(
        QString(u"sobjects/EventLogFile/"_s + file.id + u"/LogFile"_s),
        [parser](QByteArrayView bytes) { parser->feed(bytes); }, CallCategory::UsageLog,
        [self, report, done, file, parser](const SalesforceResult<Done> &result) {
            if (!self)
                return;
            if (const auto *error = std::get_if<SalesforceError>(&result)) {
                if (error->kind != SalesforceError::Kind::NotFound) {
                    // Kept for the next read; what the engine must know (a spent limit,
                    // a lost session) goes back to it.
                    report->callError = *error;
                    self->m_failedAt = self->now();
                    qCWarning(lcUsageLog) << "download failed:" << error->summary();
                    return self->finish(report, done);
                }
                // Gone from the org since it was listed: nothing to count.
                self->m_toFetch.removeFirst();
                return self->downloadNext(report, done);
            }
            const UsageLogParseResult parsed = parser->finish();
            if (!self->m_store.storeFile(file, parsed, self->now())) {
                report->callError = SalesforceError::transient(
                    u"The usage log could not be stored: "_s + self->m_store.lastError());
                return self->finish(report, done);
            }
            self->m_toFetch.removeFirst();
            if (parsed.ok()) {
                ++report->filesStored;
            } else {
                ++report->filesUnreadable;
                qCWarning(lcUsageLog).noquote()
                    << "log" << file.id << "could not be read:" << *parsed.fileError;
            }
            if (parsed.skippedRows > 0)
                qCWarning(lcUsageLog).noquote()
                    << "log" << file.id << ":" << parsed.skippedRows
                    << "row(s) left out, first at line" << parsed.problems.value(0).line
                    << parsed.problems.value(0).message;
            self->downloadNext(report, done);
        });
}

void ApiUsageLogReader::finish(const std::shared_ptr<UsageLogReadReport> &report,
                               const std::function<void(UsageLogReadReport)> &done)
{
    m_reading = false;
    if (report->filesStored > 0)
        Q_EMIT countsStored();
    done(*report);
}

} // namespace syncdesk

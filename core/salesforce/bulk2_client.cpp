#include "salesforce/bulk2_client.h"

#include "usage/streaming_csv_records.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

QString jobResource(const QString &jobId)
{
    return u"jobs/ingest/"_s + jobId;
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString resultsResource(const QString &jobId, Bulk2Results which)
{
    switch (which) {
    case Bulk2Results::Successful:
        return jobResource(jobId) + u"/successfulResults/"_s;
    case Bulk2Results::Failed:
        return jobResource(jobId) + u"/failedResults/"_s;
    case Bulk2Results::Unprocessed:
        break;
    }
    return jobResource(jobId) + u"/unprocessedrecords/"_s;
}

// Reads a results file by header name as it streams in.
class ResultRowReader
{
public:
    ResultRowReader(QString keyColumn, Bulk2Client::RowHandler onRow)
        : m_keyColumn(std::move(keyColumn))
        , m_onRow(std::move(onRow))
        , m_csv([this](const CsvFieldsView &record) { onRecord(record); },
                [this](int line, const QString &why) {
                    if (m_problem.isEmpty())
                        m_problem = u"line %1: %2"_s.arg(line).arg(why);
                })
    {}
    Q_DISABLE_COPY_MOVE(ResultRowReader)

    void feed(QByteArrayView bytes) { m_csv.feed(bytes); }
    // Empty when every row was read.
    QString finish()
    {
        m_csv.finish();
        if (m_problem.isEmpty() && !m_headerRead)
            return {}; // an empty file: no rows
        return m_problem;
    }

private:
    void onRecord(const CsvFieldsView &record)
    {
        if (!m_headerRead) {
            m_headerRead = true;
            for (qsizetype i = 0; i < record.size(); ++i) {
                const QByteArray &name = record.at(i);
                if (name == "sf__Id")
                    m_id = i;
                else if (name == "sf__Created")
                    m_created = i;
                else if (name == "sf__Error")
                    m_error = i;
                else if (QString::fromUtf8(name) == m_keyColumn)
                    m_key = i;
            }
            if (m_key < 0 && m_problem.isEmpty())
                m_problem = u"the results have no column %1"_s.arg(m_keyColumn);
            return;
        }
        if (m_key < 0)
            return;
        auto value = [&record](qsizetype i) {
            return i >= 0 && i < record.size() ? QString::fromUtf8(record.at(i)) : QString();
        };
        Bulk2ResultRow row;
        row.sfId = value(m_id);
        row.created = value(m_created) == u"true"_s;
        row.error = value(m_error);
        row.key = value(m_key);
        m_onRow(row);
    }

    QString m_keyColumn;
    Bulk2Client::RowHandler m_onRow;
    StreamingCsvRecords m_csv;
    bool m_headerRead = false;
    qsizetype m_id = -1;
    qsizetype m_created = -1;
    qsizetype m_error = -1;
    qsizetype m_key = -1;
    QString m_problem;
};

} // namespace

Bulk2Client::Bulk2Client(SalesforceClient *client, CallCategory category, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_category(category)
{}

void Bulk2Client::setPollIntervals(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstPoll = first;
    m_maxPoll = std::max(first, max);
}

bool Bulk2Client::gateRefuses(const std::function<void(const SalesforceError &)> &fail)
{
    if (m_client && (!m_gate || m_gate())) {
        ++m_requests;
        return false;
    }
    SalesforceError error =
        m_client ? SalesforceError::transient(u"The connector's call budget is spent for now."_s)
                 : SalesforceError::auth(u"no_session"_s, u"There is no connection to an org."_s);
    if (m_client)
        error.code = kDeferredCode.toString();
    QMetaObject::invokeMethod(
        this, [fail, error] { fail(error); }, Qt::QueuedConnection);
    return true;
}

SalesforceResult<Bulk2JobInfo> Bulk2Client::parseJobInfo(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject() ||
        !object.value(u"id"_s).isString() || !object.value(u"state"_s).isString())
        return SalesforceError::malformed(u"A Bulk API 2.0 job answer could not be read."_s);
    Bulk2JobInfo info;
    info.id = object.value(u"id"_s).toString();
    info.state = object.value(u"state"_s).toString();
    info.object = object.value(u"object"_s).toString();
    info.operation = object.value(u"operation"_s).toString();
    info.recordsProcessed = object.value(u"numberRecordsProcessed"_s).toInteger();
    info.recordsFailed = object.value(u"numberRecordsFailed"_s).toInteger();
    info.errorMessage = object.value(u"errorMessage"_s).toString();
    return info;
}

namespace {

SalesforceClient::Callback<QByteArray>
readingJobInfo(SalesforceClient::Callback<Bulk2JobInfo> onDone)
{
    return [onDone = std::move(onDone)](const SalesforceResult<QByteArray> &result) {
        if (const auto *error = std::get_if<SalesforceError>(&result))
            return onDone(*error);
        onDone(Bulk2Client::parseJobInfo(std::get<QByteArray>(result)));
    };
}

} // namespace

void Bulk2Client::createJob(const QString &object, const QString &operation,
                            const QString &externalIdField, Callback<Bulk2JobInfo> onDone)
{
    if (gateRefuses(onDone))
        return;
    QJsonObject body{{u"object"_s, object},
                     {u"operation"_s, operation},
                     {u"contentType"_s, u"CSV"_s},
                     {u"lineEnding"_s, u"LF"_s},
                     {u"columnDelimiter"_s, u"COMMA"_s}};
    if (!externalIdField.isEmpty())
        body.insert(u"externalIdFieldName"_s, externalIdField);
    m_client->callResource("POST", u"jobs/ingest/", json(body), "application/json", m_category,
                           readingJobInfo(std::move(onDone)));
}

void Bulk2Client::upload(const QString &jobId, const QByteArray &csv, Callback<Done> onDone)
{
    if (gateRefuses(onDone))
        return;
    m_client->callResource("PUT", QString(jobResource(jobId) + u"/batches/"_s), csv, "text/csv",
                           m_category,
                           [onDone = std::move(onDone)](const SalesforceResult<QByteArray> &r) {
                               if (const auto *error = std::get_if<SalesforceError>(&r))
                                   return onDone(*error);
                               onDone(Done{});
                           });
}

void Bulk2Client::setState(const QString &jobId, const QString &state,
                           Callback<Bulk2JobInfo> onDone)
{
    if (gateRefuses(onDone))
        return;
    m_client->callResource("PATCH", jobResource(jobId), json({{u"state"_s, state}}),
                           "application/json", m_category, readingJobInfo(std::move(onDone)));
}

void Bulk2Client::closeUpload(const QString &jobId, Callback<Bulk2JobInfo> onDone)
{
    setState(jobId, u"UploadComplete"_s, std::move(onDone));
}

void Bulk2Client::abort(const QString &jobId, Callback<Bulk2JobInfo> onDone)
{
    setState(jobId, u"Aborted"_s, std::move(onDone));
}

void Bulk2Client::jobInfo(const QString &jobId, Callback<Bulk2JobInfo> onDone)
{
    if (gateRefuses(onDone))
        return;
    m_client->callResource("GET", jobResource(jobId), {}, {}, m_category,
                           readingJobInfo(std::move(onDone)));
}

void Bulk2Client::waitUntilFinished(const QString &jobId,
                                    std::function<void(const Bulk2JobInfo &)> onProgress,
                                    Callback<Bulk2JobInfo> onDone)
{
    // The first look comes at once: a small job is often done by the time it is closed.
    pollAfter(std::chrono::milliseconds(0), jobId, std::move(onProgress), std::move(onDone));
}

void Bulk2Client::pollAfter(std::chrono::milliseconds wait, const QString &jobId,
                            std::function<void(const Bulk2JobInfo &)> onProgress,
                            Callback<Bulk2JobInfo> onDone)
{
    const QPointer<Bulk2Client> self(this);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    m_pollTimers.insert(jobId, timer);
    connect(timer, &QTimer::timeout, this, [self, timer, wait, jobId, onProgress, onDone] {
        timer->deleteLater();
        self->m_pollTimers.remove(jobId);
        self->jobInfo(jobId, [self, wait, jobId, onProgress,
                              onDone](const SalesforceResult<Bulk2JobInfo> &result) {
            const auto *info = std::get_if<Bulk2JobInfo>(&result);
            if (!info || info->isFinished() || !self) {
                if (self)
                    self->m_hurried.remove(jobId);
                return onDone(result);
            }
            if (onProgress)
                onProgress(*info);
            const auto next =
                wait.count() == 0 ? self->m_firstPoll : std::min(wait * 2, self->m_maxPoll);
            self->pollAfter(next, jobId, onProgress, onDone);
        });
    });
    // Hurried (pollSoon while a look was under way): the next look leaves at once, and the
    // interval still grows as planned after it.
    timer->start(m_hurried.remove(jobId) ? std::chrono::milliseconds(0) : wait);
}

void Bulk2Client::pollSoon(const QString &jobId)
{
    if (const QPointer<QTimer> timer = m_pollTimers.value(jobId))
        timer->start(0);
    else
        m_hurried.insert(jobId);
}

void Bulk2Client::results(const QString &jobId, Bulk2Results which, const QString &keyColumn,
                          RowHandler onRow, Callback<Done> onDone)
{
    if (gateRefuses(onDone))
        return;
    // Rows are handed over only once the whole file has arrived and read cleanly: a
    // connection dropped halfway must not settle half a job.
    auto rows = std::make_shared<QList<Bulk2ResultRow>>();
    auto reader = std::make_shared<ResultRowReader>(
        keyColumn, [rows](const Bulk2ResultRow &row) { rows->append(row); });
    m_client->download(
        resultsResource(jobId, which), [reader](QByteArrayView bytes) { reader->feed(bytes); },
        m_category,
        [reader, rows, onRow = std::move(onRow),
         onDone = std::move(onDone)](const SalesforceResult<Done> &result) {
            if (const auto *error = std::get_if<SalesforceError>(&result))
                return onDone(*error);
            if (const QString problem = reader->finish(); !problem.isEmpty())
                return onDone(SalesforceError::malformed(
                    u"A Bulk API 2.0 results file could not be read: "_s + problem));
            for (const Bulk2ResultRow &row : std::as_const(*rows))
                onRow(row);
            onDone(Done{});
        });
}

} // namespace syncdesk

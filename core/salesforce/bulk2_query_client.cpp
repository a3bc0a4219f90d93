#include "salesforce/bulk2_query_client.h"

#include "usage/streaming_csv_records.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

QString jobResource(const QString &jobId)
{
    return u"jobs/query/"_s + jobId;
}

SalesforceClient::Callback<QByteArray>
readingJobInfo(SalesforceClient::Callback<Bulk2JobInfo> onDone)
{
    return [onDone = std::move(onDone)](const SalesforceResult<QByteArray> &result) {
        if (const auto *error = std::get_if<SalesforceError>(&result))
            return onDone(*error);
        onDone(Bulk2Client::parseJobInfo(std::get<QByteArray>(result)));
    };
}

QByteArray headerValue(const SalesforceClient::ResponseHeaders &headers, QByteArrayView name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

// Reads a results page by its header line as it streams in, into typed JSON rows handed
// over a chunk at a time.
class QueryRowReader
{
public:
    QueryRowReader(const Bulk2ColumnTypes &types, qsizetype chunkRows,
                   Bulk2QueryClient::RowsHandler onRows)
        : m_types(types)
        , m_chunkRows(std::max<qsizetype>(1, chunkRows))
        , m_onRows(std::move(onRows))
        , m_csv([this](const CsvFieldsView &record) { onRecord(record); },
                [this](int line, const QString &why) {
                    if (m_problem.isEmpty())
                        m_problem = u"line %1: %2"_s.arg(line).arg(why);
                })
    {}
    Q_DISABLE_COPY_MOVE(QueryRowReader)

    void feed(QByteArrayView bytes)
    {
        if (m_problem.isEmpty())
            m_csv.feed(bytes);
    }
    // The rest of the rows; empty when every row was read and taken.
    QString finish()
    {
        if (m_problem.isEmpty())
            m_csv.finish();
        if (m_problem.isEmpty())
            handOver();
        return m_problem;
    }

private:
    void onRecord(const CsvFieldsView &record)
    {
        if (!m_problem.isEmpty())
            return;
        if (m_columns.isEmpty()) {
            for (qsizetype i = 0; i < record.size(); ++i) {
                const QString name = QString::fromUtf8(record.at(i));
                m_columns.append(name);
                m_columnTypes.append(m_types.value(name, Bulk2ValueType::Text));
            }
            return;
        }
        if (record.size() != m_columns.size()) {
            m_problem = u"line %1: %2 values for %3 columns"_s.arg(record.line)
                            .arg(record.size())
                            .arg(m_columns.size());
            return;
        }
        QJsonObject row;
        for (qsizetype i = 0; i < record.size(); ++i)
            row.insert(m_columns.at(i),
                       Bulk2QueryClient::toJson(record.at(i), m_columnTypes.at(i)));
        m_chunk.append(row);
        if (m_chunk.size() >= m_chunkRows)
            handOver();
    }

    void handOver()
    {
        if (m_chunk.isEmpty())
            return;
        if (!m_onRows(std::exchange(m_chunk, QJsonArray())))
            m_problem = u"the rows were not taken"_s;
    }

    const Bulk2ColumnTypes m_types;
    const qsizetype m_chunkRows;
    Bulk2QueryClient::RowsHandler m_onRows;
    StreamingCsvRecords m_csv;
    QStringList m_columns;
    QList<Bulk2ValueType> m_columnTypes;
    QJsonArray m_chunk;
    QString m_problem;
};

} // namespace

Bulk2QueryClient::Bulk2QueryClient(SalesforceClient *client, CallCategory category, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_category(category)
{}

void Bulk2QueryClient::setPollIntervals(std::chrono::milliseconds first,
                                        std::chrono::milliseconds max)
{
    m_firstPoll = first;
    m_maxPoll = std::max(first, max);
}

Bulk2ColumnTypes Bulk2QueryClient::columnTypesOf(const QJsonObject &describe)
{
    Bulk2ColumnTypes types;
    const QJsonArray fields = describe.value(u"fields"_s).toArray();
    for (const QJsonValue &value : fields) {
        const QJsonObject field = value.toObject();
        const QString type = field.value(u"type"_s).toString();
        Bulk2ValueType kind = Bulk2ValueType::Text;
        if (type == u"boolean"_s)
            kind = Bulk2ValueType::Boolean;
        else if (type == u"int"_s || type == u"double"_s || type == u"currency"_s ||
                 type == u"percent"_s || type == u"long"_s)
            kind = Bulk2ValueType::Number;
        else if (type == u"datetime"_s)
            kind = Bulk2ValueType::DateTime;
        if (kind != Bulk2ValueType::Text)
            types.insert(field.value(u"name"_s).toString(), kind);
    }
    return types;
}

QJsonValue Bulk2QueryClient::toJson(const QByteArray &value, Bulk2ValueType type)
{
    // Salesforce keeps no empty text (saving "" stores null), and its query CSV writes a
    // null as an empty value: empty is null, whatever the quotes.
    if (value.isEmpty())
        return QJsonValue(QJsonValue::Null);
    switch (type) {
    case Bulk2ValueType::Boolean:
        return value == "true";
    case Bulk2ValueType::Number: {
        bool ok = false;
        const double number = value.toDouble(&ok);
        if (ok)
            return number;
        break;
    }
    case Bulk2ValueType::DateTime: {
        // REST answers write "2024-01-01T00:00:00.000+0000": one form for both, so that
        // a value read either way compares equal and a watermark reads back the same.
        const QDateTime time =
            QDateTime::fromString(QString::fromLatin1(value), Qt::ISODateWithMs).toUTC();
        if (time.isValid())
            return QString(time.toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+0000"_s);
        break;
    }
    case Bulk2ValueType::Text:
        break;
    }
    return QString::fromUtf8(value);
}

void Bulk2QueryClient::createJob(const QString &soql, bool includeDeleted,
                                 Callback<Bulk2JobInfo> onDone)
{
    if (!m_client)
        return onDone(
            SalesforceError::auth(u"no_session"_s, u"There is no connection to an org."_s));
    ++m_requests;
    const QJsonObject body{{u"operation"_s, includeDeleted ? u"queryAll"_s : u"query"_s},
                           {u"query"_s, soql},
                           {u"contentType"_s, u"CSV"_s},
                           {u"lineEnding"_s, u"LF"_s},
                           {u"columnDelimiter"_s, u"COMMA"_s}};
    m_client->callResource("POST", u"jobs/query",
                           QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                           m_category, readingJobInfo(std::move(onDone)));
}

void Bulk2QueryClient::jobInfo(const QString &jobId, Callback<Bulk2JobInfo> onDone)
{
    if (!m_client)
        return onDone(
            SalesforceError::auth(u"no_session"_s, u"There is no connection to an org."_s));
    ++m_requests;
    m_client->callResource("GET", jobResource(jobId), {}, {}, m_category,
                           readingJobInfo(std::move(onDone)));
}

void Bulk2QueryClient::abort(const QString &jobId, Callback<Bulk2JobInfo> onDone)
{
    if (!m_client)
        return onDone(
            SalesforceError::auth(u"no_session"_s, u"There is no connection to an org."_s));
    ++m_requests;
    m_client->callResource(
        "PATCH", jobResource(jobId),
        QJsonDocument(QJsonObject{{u"state"_s, u"Aborted"_s}}).toJson(QJsonDocument::Compact),
        "application/json", m_category, readingJobInfo(std::move(onDone)));
}

void Bulk2QueryClient::waitUntilFinished(const QString &jobId,
                                         std::function<void(const Bulk2JobInfo &)> onProgress,
                                         Callback<Bulk2JobInfo> onDone)
{
    // The first look comes at once: a small job is often done by then.
    pollAfter(std::chrono::milliseconds(0), jobId, std::move(onProgress), std::move(onDone));
}

void Bulk2QueryClient::pollAfter(std::chrono::milliseconds wait, const QString &jobId,
                                 std::function<void(const Bulk2JobInfo &)> onProgress,
                                 Callback<Bulk2JobInfo> onDone)
{
    const QPointer<Bulk2QueryClient> self(this);
    QTimer::singleShot(wait, this, [self, wait, jobId, onProgress, onDone] {
        self->jobInfo(jobId, [self, wait, jobId, onProgress,
                              onDone](const SalesforceResult<Bulk2JobInfo> &result) {
            const auto *info = std::get_if<Bulk2JobInfo>(&result);
            if (!info || info->isFinished() || !self)
                return onDone(result);
            if (onProgress)
                onProgress(*info);
            // Every poll is a counted call: 2 s, then twice as long each time up to 60 s.
            const auto next =
                wait.count() == 0 ? self->m_firstPoll : std::min(wait * 2, self->m_maxPoll);
            self->pollAfter(next, jobId, onProgress, onDone);
        });
    });
}

void Bulk2QueryClient::resultsPage(const QString &jobId, const QString &locator, qint64 maxRecords,
                                   const Bulk2ColumnTypes &types, qsizetype chunkRows,
                                   RowsHandler onRows, Callback<Bulk2QueryPage> onDone)
{
    if (!m_client)
        return onDone(
            SalesforceError::auth(u"no_session"_s, u"There is no connection to an org."_s));
    ++m_requests;
    QUrlQuery query;
    if (maxRecords > 0)
        query.addQueryItem(u"maxRecords"_s, QString::number(maxRecords));
    if (!locator.isEmpty())
        query.addQueryItem(u"locator"_s, locator);
    auto reader = std::make_shared<QueryRowReader>(types, chunkRows, std::move(onRows));
    m_client->download(
        QString(jobResource(jobId) + u"/results"_s), query,
        [reader](QByteArrayView bytes) { reader->feed(bytes); }, m_category,
        [reader, onDone = std::move(onDone)](
            const SalesforceResult<SalesforceClient::ResponseHeaders> &result) {
            if (const auto *error = std::get_if<SalesforceError>(&result))
                return onDone(*error);
            if (const QString problem = reader->finish(); !problem.isEmpty())
                return onDone(SalesforceError::malformed(
                    u"A Bulk API 2.0 query results page could not be read: "_s + problem));
            const auto &headers = std::get<SalesforceClient::ResponseHeaders>(result);
            Bulk2QueryPage page;
            const QByteArray next = headerValue(headers, "Sforce-Locator");
            if (next != "null")
                page.nextLocator = QString::fromLatin1(next);
            page.records = headerValue(headers, "Sforce-NumberOfRecords").toLongLong();
            onDone(page);
        });
}

} // namespace syncdesk

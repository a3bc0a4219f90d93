#include "usage/api_usage_log_parser.h"

#include "usage/streaming_csv_records.h"

#include <QDate>
#include <QTimeZone>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// The caller's fields in the order they are packed into a sum's key.
enum CallerField
{
    ConnectedAppId,
    ConnectedAppName,
    UserId,
    UserName,
    ClientName,
    ApiFamily,
    CallerFieldCount
};

constexpr std::array<const char *, CallerFieldCount> kCallerColumns{
    "CONNECTED_APP_ID", "CONNECTED_APP_NAME", "USER_ID", "USER_NAME", "CLIENT_NAME", "API_FAMILY"};

int digits(const char *text, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// "1"/"0" and "true"/"false" in any case; nullopt for anything else.
std::optional<bool> readBoolean(const QByteArray &value)
{
    if (value == "1")
        return true;
    if (value == "0")
        return false;
    if (value.size() == 4 && value.compare("true", Qt::CaseInsensitive) == 0)
        return true;
    if (value.size() == 5 && value.compare("false", Qt::CaseInsensitive) == 0)
        return false;
    return std::nullopt;
}

QString columnName(const QByteArray &field)
{
    return QString::fromUtf8(field).trimmed().toUpper();
}

} // namespace

struct ApiUsageLogParser::Columns
{
    int countsAgainstLimit = -1;
    int timestamp = -1;        // yyyyMMddHHmmss.zzz
    int timestampDerived = -1; // ISO 8601
    std::array<int, CallerFieldCount> caller{};
    qsizetype width = 0; // the number of values every row must have
};

// The sums so far, keyed by the hour and the caller's raw bytes (see keyOf), and the last
// hour read: rows come in time order, so most rows reuse it without reading a date.
struct ApiUsageLogParser::Sums
{
    QHash<QByteArray, qint64> calls;
    QByteArray key; // reused for every row
    QByteArray lastHourText;
    qint64 lastHourStart = 0;
};

ApiUsageLogParser::ApiUsageLogParser()
    : m_records(std::make_unique<StreamingCsvRecords>(
          [this](const CsvFieldsView &record) { onRecord(record.line, *record.fields); },
          [this](int line, const QString &why) {
              ++m_result.skippedRows;
              addProblem(line, why);
          }))
    , m_sums(std::make_unique<Sums>())
{}

ApiUsageLogParser::~ApiUsageLogParser() = default;

void ApiUsageLogParser::feed(QByteArrayView bytes)
{
    if (!m_result.fileError)
        m_records->feed(bytes);
}

void ApiUsageLogParser::addProblem(int line, const QString &message)
{
    if (m_result.problems.size() < kMaxProblemsKept)
        m_result.problems.append(UsageLogRowProblem{line, message});
}

void ApiUsageLogParser::onRecord(int line, const QList<QByteArray> &fields)
{
    if (m_result.fileError)
        return;
    if (!m_columns)
        return readHeader(line, fields);
    ++m_result.rows;
    countRow(line, fields);
}

void ApiUsageLogParser::readHeader(int line, const QList<QByteArray> &fields)
{
    auto columns = std::make_unique<Columns>();
    columns->caller.fill(-1);
    columns->width = fields.size();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QByteArray raw = fields.at(i);
        if (i == 0 && raw.startsWith("\xEF\xBB\xBF"))
            raw.remove(0, 3); // a byte order mark
        const QString name = columnName(raw);
        if (name == u"COUNTS_AGAINST_API_LIMIT"_s)
            columns->countsAgainstLimit = int(i);
        else if (name == u"TIMESTAMP"_s)
            columns->timestamp = int(i);
        else if (name == u"TIMESTAMP_DERIVED"_s)
            columns->timestampDerived = int(i);
        for (int field = 0; field < CallerFieldCount; ++field) {
            if (name == QLatin1StringView(kCallerColumns[std::size_t(field)]))
                columns->caller[std::size_t(field)] = int(i);
        }
    }
    QStringList missing;
    if (columns->countsAgainstLimit < 0)
        missing.append(u"COUNTS_AGAINST_API_LIMIT"_s);
    if (columns->timestamp < 0 && columns->timestampDerived < 0)
        missing.append(u"TIMESTAMP"_s);
    if (!missing.isEmpty()) {
        m_result.fileError =
            u"line %1: the header lacks %2; this is not an ApiTotalUsage log SyncDesk can read"_s
                .arg(line)
                .arg(missing.join(u", "_s));
        return;
    }
    m_columns = std::move(columns);
}

void ApiUsageLogParser::countRow(int line, const QList<QByteArray> &fields)
{
    const Columns &columns = *m_columns;
    if (fields.size() != columns.width) {
        ++m_result.skippedRows;
        addProblem(line,
                   u"%1 values where the header names %2"_s.arg(fields.size()).arg(columns.width));
        return;
    }
    const std::optional<bool> counts = readBoolean(fields.at(columns.countsAgainstLimit).trimmed());
    if (!counts) {
        ++m_result.skippedRows;
        addProblem(line, u"COUNTS_AGAINST_API_LIMIT is neither true nor false"_s);
        return;
    }
    if (!*counts)
        return;

    // The hour: "yyyyMMddHH" of TIMESTAMP, or "yyyy-MM-ddTHH" of TIMESTAMP_DERIVED.
    Sums &sums = *m_sums;
    const bool compact = columns.timestamp >= 0 && !fields.at(columns.timestamp).isEmpty();
    const QByteArray &time =
        fields.at(compact ? columns.timestamp : std::max(columns.timestampDerived, 0));
    const qsizetype hourLength = compact ? 10 : 13;
    if (time.size() < hourLength || (!compact && (time[4] != '-' || time[10] != 'T'))) {
        ++m_result.skippedRows;
        addProblem(line, u"the time '%1' cannot be read"_s.arg(QString::fromUtf8(time)));
        return;
    }
    const QByteArrayView hourText(time.constData(), hourLength);
    if (hourText != sums.lastHourText) {
        const char *t = time.constData();
        const int year = digits(t, 4);
        const int month = digits(t + (compact ? 4 : 5), 2);
        const int day = digits(t + (compact ? 6 : 8), 2);
        const int hour = digits(t + (compact ? 8 : 11), 2);
        const QDate date(year, month, day);
        if (!date.isValid() || hour < 0 || hour > 23) {
            ++m_result.skippedRows;
            addProblem(line, u"the time '%1' cannot be read"_s.arg(QString::fromUtf8(time)));
            return;
        }
        sums.lastHourText = hourText.toByteArray();
        sums.lastHourStart =
            date.startOfDay(QTimeZone::utc()).toSecsSinceEpoch() + qint64(hour) * 3600;
    }

    QByteArray &key = sums.key;
    key.resize(0);
    key.append(reinterpret_cast<const char *>(&sums.lastHourStart), sizeof(qint64));
    for (int field = 0; field < CallerFieldCount; ++field) {
        const int column = columns.caller[std::size_t(field)];
        if (column >= 0)
            key.append(fields.at(column));
        key.append('\0');
    }
    ++sums.calls[key];
    ++m_result.countedRows;
}

UsageLogParseResult ApiUsageLogParser::finish()
{
    m_records->finish();
    if (!m_result.fileError && !m_columns)
        m_result.fileError = u"the file is empty: it has no header line"_s;
    if (m_result.fileError) {
        m_sums->calls.clear();
        return std::move(m_result);
    }
    m_result.counts.reserve(m_sums->calls.size());
    for (auto it = m_sums->calls.cbegin(); it != m_sums->calls.cend(); ++it) {
        const QByteArray &key = it.key();
        qint64 hourStart = 0;
        std::memcpy(&hourStart, key.constData(), sizeof(qint64));
        const QList<QByteArray> parts = key.mid(sizeof(qint64)).split('\0');
        auto part = [&parts](int field) { return QString::fromUtf8(parts.value(field)).trimmed(); };
        m_result.counts.append(
            UsageLogCount{QDateTime::fromSecsSinceEpoch(hourStart, QTimeZone::utc()),
                          UsageLogCaller{part(ConnectedAppId), part(ConnectedAppName), part(UserId),
                                         part(UserName), part(ClientName), part(ApiFamily)},
                          it.value()});
    }
    m_sums->calls.clear();
    return std::move(m_result);
}

UsageLogParseResult ApiUsageLogParser::parse(QIODevice &device)
{
    ApiUsageLogParser parser;
    QByteArray chunk(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 read = device.read(chunk.data(), chunk.size());
        if (read <= 0)
            break;
        parser.feed(QByteArrayView(chunk.constData(), read));
    }
    return parser.finish();
}

} // namespace syncdesk

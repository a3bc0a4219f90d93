#include "usage/streaming_csv_records.h"

#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

StreamingCsvRecords::StreamingCsvRecords(RecordHandler onRecord, MalformedHandler onMalformed)
    : m_onRecord(std::move(onRecord))
    , m_onMalformed(std::move(onMalformed))
{}

void StreamingCsvRecords::endField()
{
    if (m_fieldCount == m_fields.size())
        m_fields.append(QByteArray());
    // Swapping keeps both buffers' capacity: the next record fills them without allocating.
    m_fields[m_fieldCount].swap(m_current);
    m_current.clear();
    ++m_fieldCount;
}

void StreamingCsvRecords::endRecord()
{
    endField();
    m_fields.resize(m_fieldCount);
    m_onRecord(CsvFieldsView{m_recordLine, &m_fields});
    m_fieldCount = 0;
    m_recordHasData = false;
    m_state = State::FieldStart;
    m_recordLine = m_line;
}

void StreamingCsvRecords::malformed(const QString &why)
{
    m_onMalformed(m_recordLine, why);
    m_current.clear();
    m_fieldCount = 0;
    m_recordHasData = false;
    m_state = State::SkipToLineEnd;
}

void StreamingCsvRecords::feed(QByteArrayView bytes)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const char c = data[i];
        switch (m_state) {
        case State::FieldStart:
            if (c == '"') {
                m_state = State::Quoted;
                m_recordHasData = true;
                ++i;
                continue;
            }
            m_state = State::Unquoted;
            continue; // the same byte, read as the start of an unquoted field
        case State::Unquoted: {
            // A run of plain bytes is appended at once.
            qsizetype end = i;
            while (end < size && data[end] != ',' && data[end] != '\n' && data[end] != '\r' &&
                   data[end] != '"')
                ++end;
            if (end > i) {
                m_current.append(data + i, end - i);
                m_recordHasData = true;
                i = end;
                continue;
            }
            if (c == ',') {
                endField();
                m_recordHasData = true;
                m_state = State::FieldStart;
            } else if (c == '\n') {
                ++m_line;
                if (m_recordHasData || m_fieldCount > 0)
                    endRecord();
                else
                    m_recordLine = m_line; // a blank line is no record
                m_state = State::FieldStart;
            } else if (c == '\r') {
                m_state = State::AfterCr;
            } else {
                malformed(u"a quote inside an unquoted value"_s);
            }
            ++i;
            continue;
        }
        case State::Quoted: {
            const void *quote = std::memchr(data + i, '"', std::size_t(size - i));
            const qsizetype end = quote ? static_cast<const char *>(quote) - data : size;
            for (qsizetype j = i; j < end; ++j)
                m_line += data[j] == '\n' ? 1 : 0;
            m_current.append(data + i, end - i);
            i = end;
            if (quote) {
                m_state = State::QuoteInQuoted;
                ++i;
            }
            continue;
        }
        case State::QuoteInQuoted:
            if (c == '"') {
                m_current.append('"');
                m_state = State::Quoted;
                ++i;
            } else {
                m_state = State::Unquoted; // the field ended: only a delimiter may follow
                if (c != ',' && c != '\n' && c != '\r') {
                    malformed(u"text after the closing quote of a value"_s);
                    ++i;
                }
            }
            continue;
        case State::AfterCr:
            m_state = State::Unquoted;
            if (c == '\n')
                continue; // CRLF: the LF ends the record
            ++m_line;     // a lone CR ends a line too
            endRecord();
            continue;
        case State::SkipToLineEnd: {
            const void *lf = std::memchr(data + i, '\n', std::size_t(size - i));
            if (!lf) {
                i = size;
                continue;
            }
            i = static_cast<const char *>(lf) - data + 1;
            ++m_line;
            m_recordLine = m_line;
            m_state = State::FieldStart;
            continue;
        }
        }
    }
}

void StreamingCsvRecords::finish()
{
    switch (m_state) {
    case State::Quoted:
        malformed(u"a quoted value is never closed"_s);
        break;
    case State::SkipToLineEnd:
        break;
    case State::AfterCr:
    case State::FieldStart:
    case State::Unquoted:
    case State::QuoteInQuoted:
        if (m_recordHasData || m_fieldCount > 0)
            endRecord();
        break;
    }
    m_state = State::FieldStart;
}

} // namespace syncdesk

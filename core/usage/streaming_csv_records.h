#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <functional>

namespace syncdesk {

// One record's fields as raw UTF-8 bytes, valid only during the callback that receives it
// (the buffers are reused for the next record, so a large file allocates nothing per row).
struct CsvFieldsView
{
    int line = 0; // 1-based line the record starts on
    const QList<QByteArray> *fields = nullptr;

    qsizetype size() const { return fields->size(); }
    const QByteArray &at(qsizetype i) const { return fields->at(i); }
};

// An RFC 4180 tokenizer fed in chunks as bytes arrive (a download, a file read piece by
// piece): memory holds one record, never the file. Quoted fields may hold commas, doubled
// quotes and line breaks; LF or CRLF ends a record.
//
// A record it cannot read (text after a closing quote, a quote inside an unquoted field)
// is reported with its line through onMalformed and skipped up to the end of its physical
// line, where reading starts again: one broken row costs that row, not the rest of the file.
class StreamingCsvRecords
{
public:
    using RecordHandler = std::function<void(const CsvFieldsView &record)>;
    using MalformedHandler = std::function<void(int line, const QString &why)>;

    StreamingCsvRecords(RecordHandler onRecord, MalformedHandler onMalformed);

    void feed(QByteArrayView bytes);
    // The end of the input: a last record without a final line break is delivered, and a
    // quote left open is reported.
    void finish();

private:
    enum class State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted, // a quote inside a quoted field: doubled, or the field's end
        AfterCr,
        SkipToLineEnd, // recovering from a malformed record
    };

    void endField();
    void endRecord();
    void malformed(const QString &why);

    RecordHandler m_onRecord;
    MalformedHandler m_onMalformed;
    QList<QByteArray> m_fields;
    qsizetype m_fieldCount = 0; // fields of m_fields in use by the current record
    QByteArray m_current;
    State m_state = State::FieldStart;
    int m_line = 1;       // the line being read
    int m_recordLine = 1; // the line the current record started on
    bool m_recordHasData = false;
};

} // namespace syncdesk

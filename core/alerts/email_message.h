#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace syncdesk {

// One email as SyncDesk sends it: a plain-text and an HTML rendering of the same text.
struct EmailMessage
{
    QString from;
    QString to;
    QString subject;
    QString text;
    QString html;

    // The RFC 5322 message: headers (RFC 2047 subject when it is not ASCII, Date,
    // Message-ID) and a multipart/alternative body, both parts quoted-printable UTF-8,
    // with CRLF line ends and dot-safe lines.
    QByteArray toMime(const QDateTime &date) const;

    // "=?UTF-8?B?...?=" words for a header value that is not plain ASCII; as is otherwise.
    static QByteArray encodeHeader(const QString &value);
    static QByteArray quotedPrintable(const QByteArray &utf8);
};

} // namespace syncdesk

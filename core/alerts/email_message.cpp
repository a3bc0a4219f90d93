#include "alerts/email_message.h"

#include <QLocale>
#include <QUuid>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

bool isPlainAscii(const QString &value)
{
    for (const QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

QByteArray domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(u'@');
    const QString domain = at >= 0 ? address.mid(at + 1).remove(u'>').trimmed() : QString();
    return domain.isEmpty() ? QByteArrayLiteral("syncdesk.invalid") : domain.toUtf8();
}

// RFC 5322 date, always in English whatever the user's locale.
QByteArray rfc5322Date(const QDateTime &date)
{
    const QDateTime utc = date.toUTC();
    return QLocale::c().toString(utc, u"ddd, dd MMM yyyy HH:mm:ss"_s).toLatin1() + " +0000";
}

// A header value can never start a new header line.
QByteArray oneLine(const QString &value)
{
    QString line = value;
    line.replace(u'\r', u' ').replace(u'\n', u' ');
    return line.toUtf8();
}

} // namespace

QByteArray EmailMessage::encodeHeader(const QString &header)
{
    QString value = header;
    value.replace(u'\r', u' ').replace(u'\n', u' ');
    if (isPlainAscii(value))
        return value.toLatin1();
    // Encoded words are at most 75 characters: split the UTF-8 on character boundaries
    // into chunks of 45 bytes or fewer (60 base64 characters).
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        QString one(value.at(i));
        if (value.at(i).isHighSurrogate() && i + 1 < value.size())
            one += value.at(++i);
        const QByteArray bytes = one.toUtf8();
        if (chunk.size() + bytes.size() > 45)
            flush();
        chunk += bytes;
    }
    flush();
    return out;
}

QByteArray EmailMessage::quotedPrintable(const QByteArray &utf8)
{
    static constexpr char hex[] = "0123456789ABCDEF";
    QByteArray out;
    int lineLength = 0;
    const auto put = [&](const QByteArray &piece) {
        if (lineLength + piece.size() > 75) {
            out += "=\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += int(piece.size());
    };
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8.at(i));
        if (c == '\n') {
            out += "\r\n";
            lineLength = 0;
            continue;
        }
        if (c == '\r')
            continue;
        const bool lineEnd = i + 1 >= utf8.size() || utf8.at(i + 1) == '\n';
        // A leading dot is encoded so that SMTP's end-of-data marker can never appear.
        const bool safe = c >= 33 && c <= 126 && c != '=' && !(c == '.' && lineLength == 0);
        const bool trailingSpace = (c == ' ' || c == '\t') && lineEnd;
        if (safe || ((c == ' ' || c == '\t') && !trailingSpace))
            put(QByteArray(1, char(c)));
        else
            put(QByteArray(std::array<char, 3>{'=', hex[c >> 4], hex[c & 0x0f]}.data(), 3));
    }
    return out;
}

QByteArray EmailMessage::toMime(const QDateTime &date) const
{
    const QByteArray boundary = "=_syncdesk_" + QUuid::createUuid().toByteArray(QUuid::Id128);
    const QByteArray messageId =
        '<' + QUuid::createUuid().toByteArray(QUuid::Id128) + '@' + domainOf(from) + '>';
    QByteArray mime;
    mime += "From: " + oneLine(from) + "\r\n";
    mime += "To: " + oneLine(to) + "\r\n";
    mime += "Subject: " + encodeHeader(subject) + "\r\n";
    mime += "Date: " + rfc5322Date(date) + "\r\n";
    mime += "Message-ID: " + messageId + "\r\n";
    mime += "MIME-Version: 1.0\r\n";
    mime += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n";
    mime += "\r\n";
    mime += "--" + boundary + "\r\n";
    mime += "Content-Type: text/plain; charset=UTF-8\r\n";
    mime += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    mime += quotedPrintable(text.toUtf8()) + "\r\n";
    mime += "--" + boundary + "\r\n";
    mime += "Content-Type: text/html; charset=UTF-8\r\n";
    mime += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    mime += quotedPrintable(html.toUtf8()) + "\r\n";
    mime += "--" + boundary + "--\r\n";
    return mime;
}

} // namespace syncdesk

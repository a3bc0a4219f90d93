#include "alerts/smtp_mailer.h"

#include <QDateTime>
#include <QRegularExpression>
#include <curl/curl.h>
#include <memory>
#include <mutex>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

struct Upload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readUpload(char *buffer, size_t size, size_t count, void *userData)
{
    auto *upload = static_cast<Upload *>(userData);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = qMin(room, upload->data.size() - upload->offset);
    if (n <= 0)
        return 0;
    memcpy(buffer, upload->data.constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

// "Admin <ops@example.com>" or "ops@example.com" → "<ops@example.com>".
QByteArray envelopeAddress(const QString &address)
{
    static const QRegularExpression angle(u"<([^<>]+)>"_s);
    const QRegularExpressionMatch match = angle.match(address);
    const QString bare = match.hasMatch() ? match.captured(1) : address.trimmed();
    return '<' + bare.toUtf8() + '>';
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
struct SlistDeleter
{
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

} // namespace

SmtpMailer::SmtpMailer(QObject *parent)
    : QObject(parent)
{
    initCurlOnce();
    m_pool.setMaxThreadCount(1);
}

SmtpMailer::~SmtpMailer()
{
    m_pool.waitForDone();
}

quint64 SmtpMailer::send(const SmtpSettings &settings, const EmailMessage &message)
{
    const quint64 ticket = m_nextTicket++;
    m_pool.start([this, ticket, settings, message] {
        const QString error = sendNow(settings, message);
        // The destructor waits for this runnable, so `this` outlives the post.
        QMetaObject::invokeMethod(
            this, [this, ticket, error] { Q_EMIT finished(ticket, error.isEmpty(), error); },
            Qt::QueuedConnection);
    });
    return ticket;
}

QString SmtpMailer::sendNow(const SmtpSettings &settings, const EmailMessage &message)
{
    initCurlOnce();
    if (!settings.isComplete())
        return tr("The SMTP server or the sender address is not set.");
    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return tr("Could not start the mail client.");

    const bool implicitTls = settings.security == SmtpSettings::Security::Tls;
    const QByteArray url = QString((implicitTls ? u"smtps://"_s : u"smtp://"_s) + settings.host +
                                   u':' + QString::number(settings.port))
                               .toUtf8();
    const QByteArray from = envelopeAddress(settings.from);
    const QByteArray user = settings.user.toUtf8();
    const QByteArray caFile = settings.caFile.toUtf8();
    std::unique_ptr<curl_slist, SlistDeleter> recipients(
        curl_slist_append(nullptr, envelopeAddress(message.to).constData()));
    Upload upload{message.toMime(QDateTime::currentDateTimeUtc()), 0};
    char errorBuffer[CURL_ERROR_SIZE] = {};

    CURL *handle = curl.get();
    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    // Never verbose: it would print the AUTH exchange.
    curl_easy_setopt(handle, CURLOPT_VERBOSE, 0L);
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, long(settings.timeoutSeconds));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, long(settings.timeoutSeconds) * 2);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(handle, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!caFile.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
    if (settings.security == SmtpSettings::Security::StartTls)
        curl_easy_setopt(handle, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, settings.password.constData());
    }
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    curl_easy_setopt(handle, CURLOPT_READFUNCTION, readUpload);
    curl_easy_setopt(handle, CURLOPT_READDATA, &upload);
    curl_easy_setopt(handle, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(handle, CURLOPT_INFILESIZE_LARGE, curl_off_t(upload.data.size()));

    const CURLcode code = curl_easy_perform(handle);
    if (code == CURLE_OK)
        return QString();
    const QString detail = errorBuffer[0] != '\0' ? QString::fromUtf8(errorBuffer)
                                                  : QString::fromUtf8(curl_easy_strerror(code));
    return tr("Sending to %1:%2 failed: %3").arg(settings.host).arg(settings.port).arg(detail);
}

} // namespace syncdesk

#pragma once

#include "alerts/email_message.h"
#include "alerts/smtp_settings.h"

#include <QObject>
#include <QThreadPool>

namespace syncdesk {

// Sends email through libcurl's SMTP client. curl blocks, so each send runs on the
// mailer's own worker thread, never the caller's; the outcome comes back by a queued
// signal on the mailer's thread.
class SmtpMailer : public QObject
{
    Q_OBJECT

public:
    explicit SmtpMailer(QObject *parent = nullptr);
    // Waits for a send under way, which the settings' timeout bounds.
    ~SmtpMailer() override;

    // Queues one message; finished() carries the returned ticket.
    quint64 send(const SmtpSettings &settings, const EmailMessage &message);

    // The blocking send itself: empty on success, else why it failed (curl's words,
    // never the password).
    static QString sendNow(const SmtpSettings &settings, const EmailMessage &message);

Q_SIGNALS:
    void finished(quint64 ticket, bool ok, const QString &error);

private:
    QThreadPool m_pool;
    quint64 m_nextTicket = 1;
};

} // namespace syncdesk

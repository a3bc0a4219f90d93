#pragma once

#include "alerts/alert_facts.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace syncdesk {

// The alert email as the admin reads it: a subject with the org and the figures
// ("Acme: API usage 12,480 of 15,000 (83 %) crossed your threshold of 12,000"), and a
// plain-text and an HTML body with the figures behind it, what is failing or waiting, and
// what the admin can do. Everything interpolated into the HTML is escaped.
struct AlertEmail
{
    Q_DECLARE_TR_FUNCTIONS(AlertEmail)

public:
    QString subject;
    QString text;
    QString html;

    // Numbers and dates in `locale` (the admin's, by default).
    static AlertEmail compose(const AlertFacts &facts, const QLocale &locale = QLocale());
    // The "Send test email" message.
    static AlertEmail testMessage(const QString &orgName);
};

} // namespace syncdesk

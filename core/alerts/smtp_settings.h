#pragma once

#include <QByteArray>
#include <QString>

namespace syncdesk {

class SettingsStore;

// Where alert emails leave from. The password is filled in from the keychain just before
// a send and lives only as long as that send.
struct SmtpSettings
{
    enum class Security
    {
        None,     // plain SMTP (a relay on the local network)
        StartTls, // smtp:// upgraded with STARTTLS, which must succeed
        Tls,      // smtps://: TLS from the first byte
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user; // empty: no login
    QByteArray password;
    QString from;
    // A PEM file of CAs to trust instead of the system's (a company CA, or a test's
    // self-signed certificate). Certificates are always verified.
    QString caFile;
    int timeoutSeconds = 30;

    bool isComplete() const { return !host.isEmpty() && port > 0 && !from.isEmpty(); }

    // Everything but the password and the CA file, from the settings table.
    static SmtpSettings fromSettings(const SettingsStore &settings);

    // "none", "starttls", "tls" as kept in SettingKeys::SmtpSecurity.
    static QString securityName(Security security);
    static Security securityFromName(const QString &name);
    // The keychain entry of the login's password: "smtp/<user>@<host>".
    static QString passwordKey(const QString &host, const QString &user);
};

} // namespace syncdesk

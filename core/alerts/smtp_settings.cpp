#include "alerts/smtp_settings.h"

#include "store/settings_store.h"

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

SmtpSettings SmtpSettings::fromSettings(const SettingsStore &settings)
{
    SmtpSettings smtp;
    smtp.host = settings.value(SettingKeys::SmtpHost);
    smtp.port = settings.value(SettingKeys::SmtpPort);
    smtp.security = securityFromName(settings.value(SettingKeys::SmtpSecurity));
    smtp.user = settings.value(SettingKeys::SmtpUser);
    smtp.from = settings.value(SettingKeys::SmtpFrom);
    return smtp;
}

QString SmtpSettings::securityName(Security security)
{
    switch (security) {
    case Security::None:
        return u"none"_s;
    case Security::StartTls:
        return u"starttls"_s;
    case Security::Tls:
        return u"tls"_s;
    }
    return u"starttls"_s;
}

SmtpSettings::Security SmtpSettings::securityFromName(const QString &name)
{
    if (name == u"none")
        return Security::None;
    if (name == u"tls")
        return Security::Tls;
    // Anything else asks for the safe choice: a failed STARTTLS refuses to send.
    return Security::StartTls;
}

QString SmtpSettings::passwordKey(const QString &host, const QString &user)
{
    return QString(u"smtp/"_s + user + u'@' + host);
}

} // namespace syncdesk

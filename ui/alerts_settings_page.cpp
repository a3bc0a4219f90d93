#include "alerts_settings_page.h"

#include "alerts/smtp_settings.h"
#include "secrets/secret_store.h"
#include "store/role_refusal.h"
#include "store/settings_store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

template <typename W> W *named(W *widget, const QString &accessibleName)
{
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

AlertsSettingsPage::AlertsSettingsPage(QSqlDatabase db, SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_db(std::move(db))
    , m_secrets(secrets)
    , m_contact(named(new QLineEdit(this), tr("Alert contact")))
    , m_host(named(new QLineEdit(this), tr("SMTP server")))
    , m_port(named(new QSpinBox(this), tr("SMTP port")))
    , m_security(named(new QComboBox(this), tr("Connection security")))
    , m_user(named(new QLineEdit(this), tr("SMTP user name")))
    , m_password(named(new QLineEdit(this), tr("SMTP password")))
    , m_from(named(new QLineEdit(this), tr("Sender address")))
    , m_at80(named(new QCheckBox(tr("Also at 80 % of the daily limit"), this), tr("Alert at 80 %")))
    , m_at90(named(new QCheckBox(tr("Also at 90 % of the daily limit"), this), tr("Alert at 90 %")))
    , m_at100(named(new QCheckBox(tr("Also when the daily limit is reached"), this),
                    tr("Alert at 100 %")))
    , m_allClear(named(new QCheckBox(tr("Send an all-clear when usage falls back"), this),
                       tr("All-clear email")))
    , m_save(named(new QPushButton(tr("Save"), this), tr("Save alert settings")))
    , m_sendTest(named(new QPushButton(tr("Send test email"), this), tr("Send test email")))
    , m_status(named(new QLabel(this), tr("Alert settings status")))
{
    m_port->setRange(1, 65535);
    m_security->addItem(tr("None"), SmtpSettings::securityName(SmtpSettings::Security::None));
    m_security->addItem(tr("STARTTLS"),
                        SmtpSettings::securityName(SmtpSettings::Security::StartTls));
    m_security->addItem(tr("TLS"), SmtpSettings::securityName(SmtpSettings::Security::Tls));
    m_password->setEchoMode(QLineEdit::Password);
    m_contact->setPlaceholderText(tr("admin@example.com"));
    m_status->setWordWrap(true);

    auto *server = new QGroupBox(tr("Email server"), this);
    auto *form = new QFormLayout(server);
    form->addRow(tr("Alert &contact:"), m_contact);
    form->addRow(tr("SMTP &server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("Se&curity:"), m_security);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&From:"), m_from);

    auto *extra = new QGroupBox(tr("Extra alerts"), this);
    auto *extraLayout = new QVBoxLayout(extra);
    for (QCheckBox *box : {m_at80, m_at90, m_at100, m_allClear})
        extraLayout->addWidget(box);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_sendTest);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(server);
    layout->addWidget(extra);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch();

    connect(m_save, &QPushButton::clicked, this, &AlertsSettingsPage::save);
    connect(m_sendTest, &QPushButton::clicked, this, &AlertsSettingsPage::requestTestEmail);
    load();
}

AlertsSettingsPage::~AlertsSettingsPage()
{
    *m_alive = false;
}

void AlertsSettingsPage::load()
{
    const SettingsStore settings(m_db);
    m_contact->setText(settings.value(SettingKeys::AlertContact));
    m_host->setText(settings.value(SettingKeys::SmtpHost));
    m_port->setValue(settings.value(SettingKeys::SmtpPort));
    m_security->setCurrentIndex(
        qMax(0, m_security->findData(SmtpSettings::securityName(
                    SmtpSettings::securityFromName(settings.value(SettingKeys::SmtpSecurity))))));
    m_user->setText(settings.value(SettingKeys::SmtpUser));
    m_from->setText(settings.value(SettingKeys::SmtpFrom));
    m_at80->setChecked(settings.value(SettingKeys::AlertAt80Percent));
    m_at90->setChecked(settings.value(SettingKeys::AlertAt90Percent));
    m_at100->setChecked(settings.value(SettingKeys::AlertAt100Percent));
    m_allClear->setChecked(settings.value(SettingKeys::AlertAllClear));
    m_password->clear();
    m_password->setPlaceholderText(tr("unchanged (kept in the keychain)"));
}

void AlertsSettingsPage::save()
{
    saveThen([this](bool ok) {
        if (ok)
            showStatus(tr("Saved."), true);
    });
}

void AlertsSettingsPage::saveThen(std::function<void(bool ok)> next)
{
    SettingsStore settings(m_db);
    const bool stored =
        settings.setValue(SettingKeys::AlertContact, m_contact->text().trimmed()) &&
        settings.setValue(SettingKeys::SmtpHost, m_host->text().trimmed()) &&
        settings.setValue(SettingKeys::SmtpPort, m_port->value()) &&
        settings.setValue(SettingKeys::SmtpSecurity, m_security->currentData().toString()) &&
        settings.setValue(SettingKeys::SmtpUser, m_user->text().trimmed()) &&
        settings.setValue(SettingKeys::SmtpFrom, m_from->text().trimmed()) &&
        settings.setValue(SettingKeys::AlertAt80Percent, m_at80->isChecked()) &&
        settings.setValue(SettingKeys::AlertAt90Percent, m_at90->isChecked()) &&
        settings.setValue(SettingKeys::AlertAt100Percent, m_at100->isChecked()) &&
        settings.setValue(SettingKeys::AlertAllClear, m_allClear->isChecked());
    if (!stored) {
        QString message =
            RoleRefusal::message(m_db, settings.lastError(), tr("change the alert settings"));
        if (message.isEmpty())
            message = tr("The settings could not be saved: %1").arg(settings.lastError());
        showStatus(message, false);
        next(false);
        return;
    }
    const QByteArray password = m_password->text().toUtf8();
    if (password.isEmpty() || !m_secrets || m_user->text().trimmed().isEmpty()) {
        Q_EMIT settingsSaved();
        next(true);
        return;
    }
    m_save->setEnabled(false);
    m_sendTest->setEnabled(false);
    std::weak_ptr<bool> alive = m_alive;
    m_secrets->writeSecret(
        SmtpSettings::passwordKey(m_host->text().trimmed(), m_user->text().trimmed()), password,
        [this, alive, next](const SecretResult &result) {
            if (alive.expired())
                return;
            m_save->setEnabled(true);
            m_sendTest->setEnabled(true);
            if (!result.ok()) {
                showStatus(result.status == SecretResult::Status::NoKeyring
                               ? SecretStore::noKeyringMessage()
                               : tr("The password could not be saved: %1").arg(result.message),
                           false);
                next(false);
                return;
            }
            m_password->clear();
            Q_EMIT settingsSaved();
            next(true);
        });
}

void AlertsSettingsPage::requestTestEmail()
{
    const QString recipient = m_contact->text().trimmed();
    if (recipient.isEmpty()) {
        showStatus(tr("Enter the alert contact first."), false);
        return;
    }
    saveThen([this, recipient](bool ok) {
        if (!ok)
            return;
        showStatus(tr("Sending a test email to %1…").arg(recipient), true);
        m_sendTest->setEnabled(false);
        Q_EMIT testEmailRequested(recipient);
    });
}

void AlertsSettingsPage::showTestResult(bool ok, const QString &message)
{
    m_sendTest->setEnabled(true);
    showStatus(ok ? tr("Test email sent.") : tr("The test email failed: %1").arg(message), ok);
}

void AlertsSettingsPage::showStatus(const QString &text, bool ok)
{
    m_status->setText(text);
    m_status->setProperty("ok", ok);
}

} // namespace syncdesk

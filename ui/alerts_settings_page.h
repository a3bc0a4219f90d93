#pragma once

#include <QSqlDatabase>
#include <QWidget>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace syncdesk {

class SecretStore;

// Where alert emails go and how they leave: the alert contact, the SMTP server, its
// security and login, the sender, and the optional extra alerts. The password goes to
// the keychain (SecretStore) only; the field never shows a saved one.
//
// The page does not send mail itself: "Send test email" saves, then asks through
// testEmailRequested(); the app connects that to AlertDispatcher::sendTestEmail and its
// testEmailFinished back to showTestResult().
class AlertsSettingsPage : public QWidget
{
    Q_OBJECT

public:
    // `secrets` must outlive the page.
    AlertsSettingsPage(QSqlDatabase db, SecretStore *secrets, QWidget *parent = nullptr);
    ~AlertsSettingsPage() override;

    // Reads the settings table into the fields.
    void load();

    QPushButton *saveButton() const { return m_save; }
    QPushButton *sendTestButton() const { return m_sendTest; }

public Q_SLOTS:
    void save();
    void showTestResult(bool ok, const QString &message);

Q_SIGNALS:
    // The settings (and the password, if one was typed) are stored.
    void settingsSaved();
    void testEmailRequested(const QString &recipient);

private:
    void saveThen(std::function<void(bool ok)> next);
    void showStatus(const QString &text, bool ok);
    void requestTestEmail();

    QSqlDatabase m_db;
    SecretStore *m_secrets;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    QLineEdit *m_contact;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QComboBox *m_security;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QCheckBox *m_at80;
    QCheckBox *m_at90;
    QCheckBox *m_at100;
    QCheckBox *m_allClear;
    QPushButton *m_save;
    QPushButton *m_sendTest;
    QLabel *m_status;
};

} // namespace syncdesk

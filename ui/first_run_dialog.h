#pragma once

#include "auth/login_host.h"

#include <QDialog>
#include <optional>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace syncdesk::ui {

// What the admin chose on first start.
struct FirstRunChoice
{
    enum class Kind
    {
        ConnectSalesforce,
        ExploreSandboxOrg,
        JoinTeamDatabase, // team mode: a console of the store on a PostgreSQL server
    };

    Kind kind = Kind::ExploreSandboxOrg;
    std::optional<LoginHost> loginHost; // ConnectSalesforce only
    QString consumerKey;                // ConnectSalesforce only
    QString teamDatabase;               // JoinTeamDatabase: the postgresql:// URL
    QByteArray databasePassword;        // JoinTeamDatabase: for the keychain, never saved elsewhere
};

// Shown when no org is connected yet: connect to a Salesforce org (production, sandbox
// or My Domain, with the connected app's consumer key), explore with the built-in
// sandbox org, or join a team's database (a PostgreSQL URL and its password, which goes to
// the keychain). Opened with open(); the choice arrives through chosen().
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QWidget *parent = nullptr);

    // The choice as the form stands; nullopt (and the inline message shown) when the
    // Salesforce details are incomplete.
    std::optional<FirstRunChoice> currentChoice();

    QRadioButton *joinTeamButton() const { return m_joinTeam; }
    QLineEdit *teamUrlEdit() const { return m_teamUrl; }
    QLineEdit *teamPasswordEdit() const { return m_teamPassword; }

    void accept() override;

Q_SIGNALS:
    void chosen(const syncdesk::ui::FirstRunChoice &choice);

private:
    void updateEnabledFields();
    std::optional<FirstRunChoice> teamChoice();

    QRadioButton *m_exploreSandbox;
    QRadioButton *m_connectSalesforce;
    QComboBox *m_loginKind;
    QLineEdit *m_myDomain;
    QLineEdit *m_consumerKey;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    // Created after the rest, so that the other widgets keep their order among the children.
    QRadioButton *m_joinTeam;
    QLineEdit *m_teamUrl;
    QLineEdit *m_teamPassword;
};

} // namespace syncdesk::ui

Q_DECLARE_METATYPE(syncdesk::ui::FirstRunChoice)

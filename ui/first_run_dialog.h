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
    };

    Kind kind = Kind::ExploreSandboxOrg;
    std::optional<LoginHost> loginHost; // ConnectSalesforce only
    QString consumerKey;                // ConnectSalesforce only
};

// Shown when no org is connected yet: connect to a Salesforce org (production, sandbox
// or My Domain, with the connected app's consumer key), or explore with the built-in
// sandbox org. Opened with open(); the choice arrives through chosen().
class FirstRunDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstRunDialog(QWidget *parent = nullptr);

    // The choice as the form stands; nullopt (and the inline message shown) when the
    // Salesforce details are incomplete.
    std::optional<FirstRunChoice> currentChoice();

    void accept() override;

Q_SIGNALS:
    void chosen(const syncdesk::ui::FirstRunChoice &choice);

private:
    void updateEnabledFields();

    QRadioButton *m_exploreSandbox;
    QRadioButton *m_connectSalesforce;
    QComboBox *m_loginKind;
    QLineEdit *m_myDomain;
    QLineEdit *m_consumerKey;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace syncdesk::ui

Q_DECLARE_METATYPE(syncdesk::ui::FirstRunChoice)

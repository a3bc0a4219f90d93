#include "first_run_dialog.h"

#include "store/database_url.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

enum LoginKindIndex
{
    ProductionIndex,
    SandboxIndex,
    MyDomainIndex,
};

} // namespace

FirstRunDialog::FirstRunDialog(QWidget *parent)
    : QDialog(parent)
    , m_exploreSandbox(new QRadioButton(tr("&Explore with the sandbox org"), this))
    , m_connectSalesforce(new QRadioButton(tr("&Connect to a Salesforce org"), this))
    , m_loginKind(new QComboBox(this))
    , m_myDomain(new QLineEdit(this))
    , m_consumerKey(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_joinTeam(new QRadioButton(tr("Join a &team database (PostgreSQL URL)"), this))
    , m_teamUrl(new QLineEdit(this))
    , m_teamPassword(new QLineEdit(this))
{
    setWindowTitle(tr("Welcome to SyncDesk"));
    setObjectName(u"firstRunDialog"_s);

    auto *intro = new QLabel(tr("SyncDesk is not connected to an org yet. Connect it to your "
                                "Salesforce org, join your team's SyncDesk database, or look "
                                "around first on a sandbox org that runs on this computer and "
                                "needs no Salesforce account."),
                             this);
    intro->setWordWrap(true);

    m_exploreSandbox->setChecked(true);
    auto *sandboxNote = new QLabel(
        tr("A local org with sample people, accounts and opportunities, other integrations "
           "spending calls, and a simulated sales team."),
        this);
    sandboxNote->setWordWrap(true);
    sandboxNote->setIndent(24);

    m_loginKind->addItem(tr("Production (login.salesforce.com)"));
    m_loginKind->addItem(tr("Sandbox (test.salesforce.com)"));
    m_loginKind->addItem(tr("My Domain"));
    m_loginKind->setAccessibleName(tr("Login host"));
    m_myDomain->setPlaceholderText(tr("acme.my.salesforce.com"));
    m_myDomain->setAccessibleName(tr("My Domain"));
    m_consumerKey->setPlaceholderText(tr("Consumer key of the connected app"));
    m_consumerKey->setAccessibleName(tr("Consumer key"));

    auto *salesforceForm = new QFormLayout;
    salesforceForm->setContentsMargins(24, 0, 0, 0);
    salesforceForm->addRow(tr("Log in at:"), m_loginKind);
    salesforceForm->addRow(tr("My Domain:"), m_myDomain);
    salesforceForm->addRow(tr("Consumer key:"), m_consumerKey);

    m_teamUrl->setPlaceholderText(u"postgresql://ann@db.example/syncdesk?sslmode=verify-full"_s);
    m_teamUrl->setAccessibleName(tr("Team database URL"));
    m_teamPassword->setEchoMode(QLineEdit::Password);
    m_teamPassword->setPlaceholderText(tr("Kept in the keychain"));
    m_teamPassword->setAccessibleName(tr("Database password"));
    auto *teamForm = new QFormLayout;
    teamForm->setContentsMargins(24, 0, 0, 0);
    teamForm->addRow(tr("Database:"), m_teamUrl);
    teamForm->addRow(tr("Password:"), m_teamPassword);

    m_problem->setObjectName(u"firstRunProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(m_exploreSandbox);
    layout->addWidget(sandboxNote);
    layout->addSpacing(8);
    layout->addWidget(m_connectSalesforce);
    layout->addLayout(salesforceForm);
    layout->addSpacing(8);
    layout->addWidget(m_joinTeam);
    layout->addLayout(teamForm);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    connect(m_connectSalesforce, &QRadioButton::toggled, this,
            &FirstRunDialog::updateEnabledFields);
    connect(m_joinTeam, &QRadioButton::toggled, this, &FirstRunDialog::updateEnabledFields);
    connect(m_loginKind, &QComboBox::currentIndexChanged, this,
            &FirstRunDialog::updateEnabledFields);
    updateEnabledFields();
    setMinimumWidth(520);
}

void FirstRunDialog::updateEnabledFields()
{
    const bool salesforce = m_connectSalesforce->isChecked();
    m_loginKind->setEnabled(salesforce);
    m_consumerKey->setEnabled(salesforce);
    m_myDomain->setEnabled(salesforce && m_loginKind->currentIndex() == MyDomainIndex);
    m_teamUrl->setEnabled(m_joinTeam->isChecked());
    m_teamPassword->setEnabled(m_joinTeam->isChecked());
    m_problem->hide();
}

std::optional<FirstRunChoice> FirstRunDialog::currentChoice()
{
    FirstRunChoice choice;
    if (m_exploreSandbox->isChecked())
        return choice;
    if (m_joinTeam->isChecked())
        return teamChoice();

    choice.kind = FirstRunChoice::Kind::ConnectSalesforce;
    QString problem;
    switch (m_loginKind->currentIndex()) {
    case ProductionIndex:
        choice.loginHost = LoginHost::production();
        break;
    case SandboxIndex:
        choice.loginHost = LoginHost::sandbox();
        break;
    default:
        choice.loginHost = LoginHost::myDomain(m_myDomain->text().trimmed(), &problem);
        break;
    }
    choice.consumerKey = m_consumerKey->text().trimmed();
    if (problem.isEmpty() && choice.consumerKey.isEmpty())
        problem = tr("Enter the consumer key of the connected app your Salesforce admin "
                     "created for SyncDesk.");
    if (!problem.isEmpty() || !choice.loginHost) {
        m_problem->setText(problem);
        m_problem->show();
        return std::nullopt;
    }
    return choice;
}

std::optional<FirstRunChoice> FirstRunDialog::teamChoice()
{
    QString problem;
    const std::optional<DatabaseUrl> url =
        DatabaseUrl::parse(m_teamUrl->text().trimmed(), &problem);
    if (url && !url->isPostgreSql())
        problem = tr("Enter the PostgreSQL URL of the team's database, such as "
                     "postgresql://ann@db.example/syncdesk.");
    if (!problem.isEmpty()) {
        m_problem->setText(problem);
        m_problem->show();
        return std::nullopt;
    }
    FirstRunChoice choice;
    choice.kind = FirstRunChoice::Kind::JoinTeamDatabase;
    choice.teamDatabase = m_teamUrl->text().trimmed();
    choice.databasePassword = m_teamPassword->text().toUtf8();
    return choice;
}

void FirstRunDialog::accept()
{
    const std::optional<FirstRunChoice> choice = currentChoice();
    if (!choice)
        return;
    Q_EMIT chosen(*choice);
    QDialog::accept();
}

} // namespace syncdesk::ui

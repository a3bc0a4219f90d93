#include "threshold_dialog.h"

#include "store/role_refusal.h"
#include "store/settings_store.h"
#include "usage_level_palette.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>
#include <limits>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

// A threshold this close to the limit leaves no time to act on the warning.
constexpr double kNearLimitFraction = 0.95;
// What the box suggests when it is first checked: the level the bar turns orange at.
constexpr double kSuggestedFraction = 0.80;

bool looksLikeEmail(const QString &text)
{
    // Deliberately loose: the mail server is the judge; this catches typing slips.
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return pattern.match(text).hasMatch();
}

QLabel *messageLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->hide();
    return label;
}

} // namespace

ThresholdDialog::ThresholdDialog(QSqlDatabase db, qint64 orgLimit, QWidget *parent)
    : QDialog(parent)
    , m_db(std::move(db))
    , m_orgLimit(orgLimit)
    , m_enabled(new QCheckBox(
          tr("Email CRM Sync Alert Contact after your API threshold has been crossed."), this))
    , m_calls(new QSpinBox(this))
    , m_callsMessage(messageLabel(this, u"callsMessage"_s))
    , m_contact(new QLineEdit(this))
    , m_contactMessage(messageLabel(this, u"contactMessage"_s))
    , m_saveError(messageLabel(this, u"saveError"_s))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"thresholdDialog"_s);
    setWindowTitle(tr("API Usage Threshold"));
    setModal(true);

    m_enabled->setObjectName(u"thresholdEnabled"_s);
    m_enabled->setAccessibleName(tr("Email the alert contact when the threshold is crossed"));

    m_calls->setObjectName(u"thresholdCalls"_s);
    m_calls->setAccessibleName(tr("Threshold in API calls"));
    m_calls->setRange(0, std::numeric_limits<int>::max());
    m_calls->setSpecialValueText(tr("No Threshold"));
    m_calls->setSuffix(tr(" calls"));
    m_calls->setGroupSeparatorShown(true);
    m_calls->setMinimumWidth(180);

    m_contact->setObjectName(u"alertContact"_s);
    m_contact->setAccessibleName(tr("CRM Sync Alert Contact email address"));
    m_contact->setPlaceholderText(tr("name@example.com"));

    auto *note =
        new QLabel(tr("A threshold only sends a warning; it never stops API calls."), this);
    note->setObjectName(u"thresholdNote"_s);
    note->setWordWrap(true);

    auto *form = new QFormLayout();
    form->addRow(tr("&Threshold:"), m_calls);
    form->addRow(QString(), m_callsMessage);
    form->addRow(tr("Alert &contact:"), m_contact);
    form->addRow(QString(), m_contactMessage);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_saveError);
    layout->addWidget(m_buttons);

    saveButton()->setDefault(true);
    setTabOrder(m_enabled, m_calls);
    setTabOrder(m_calls, m_contact);
    setTabOrder(m_contact, m_buttons);

    const SettingsStore settings(m_db);
    const int stored = settings.value(SettingKeys::ThresholdCalls);
    const bool enabled = settings.value(SettingKeys::ThresholdEnabled) && stored > 0;
    m_rememberedCalls = std::max(0, stored);
    m_contact->setText(settings.value(SettingKeys::AlertContact));
    m_enabled->setChecked(enabled);
    enabledToggled(enabled);

    connect(m_enabled, &QCheckBox::toggled, this, &ThresholdDialog::enabledToggled);
    connect(m_calls, &QSpinBox::valueChanged, this, &ThresholdDialog::validate);
    connect(m_contact, &QLineEdit::textChanged, this, &ThresholdDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ThresholdDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ThresholdDialog::reject);
    validate();
}

QPushButton *ThresholdDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

bool ThresholdDialog::isError(const QLabel *message)
{
    return message->isVisibleTo(message->parentWidget()) &&
           message->property("severity").toString() == u"error"_s;
}

void ThresholdDialog::enabledToggled(bool enabled)
{
    const QSignalBlocker blocker(m_calls);
    if (enabled) {
        int calls = m_rememberedCalls;
        if (calls <= 0 && m_orgLimit > 0)
            calls = int(std::min<qint64>(qint64(double(m_orgLimit) * kSuggestedFraction),
                                         std::numeric_limits<int>::max()));
        m_calls->setValue(calls);
    } else {
        if (m_calls->value() > 0)
            m_rememberedCalls = m_calls->value();
        m_calls->setValue(0); // shows "No Threshold"
    }
    m_calls->setEnabled(enabled);
    validate();
}

void ThresholdDialog::showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setProperty("severity", error ? u"error"_s : u"warning"_s);
    const QColor color =
        messageColor(error ? MessageSeverity::Error : MessageSeverity::Warning, palette());
    label->setStyleSheet(u"color: %1;"_s.arg(color.name()));
    label->setVisible(!text.isEmpty());
}

void ThresholdDialog::validate()
{
    const QLocale loc = locale();
    bool valid = true;
    const bool enabled = m_enabled->isChecked();
    const qint64 calls = m_calls->value();
    QString callsText;
    bool callsError = false;
    if (enabled) {
        if (calls <= 0) {
            callsText = tr("Enter a whole positive number of calls.");
            callsError = true;
        } else if (m_orgLimit > 0 && calls > m_orgLimit) {
            callsText = tr("The threshold cannot be above the org's limit of %1 calls.")
                            .arg(loc.toString(m_orgLimit));
            callsError = true;
        } else if (m_orgLimit > 0 && double(calls) >= double(m_orgLimit) * kNearLimitFraction) {
            callsText = tr("This is at or close to the org's limit of %1 calls: a threshold "
                           "below it, such as %2, leaves time to act before calls fail.")
                            .arg(loc.toString(m_orgLimit),
                                 loc.toString(qint64(double(m_orgLimit) * kSuggestedFraction)));
        }
    }
    valid = valid && !callsError;
    showMessage(m_callsMessage, callsText, callsError);

    const QString contact = m_contact->text().trimmed();
    QString contactText;
    if (enabled && contact.isEmpty())
        contactText = tr("Enter the email address of the CRM Sync Alert Contact.");
    else if (!contact.isEmpty() && !looksLikeEmail(contact))
        contactText = tr("Enter a valid email address, such as name@example.com.");
    valid = valid && contactText.isEmpty();
    showMessage(m_contactMessage, contactText, true);

    saveButton()->setEnabled(valid);
}

void ThresholdDialog::save()
{
    validate();
    if (!saveButton()->isEnabled())
        return;
    const bool enabled = m_enabled->isChecked();
    const int calls = enabled ? m_calls->value() : m_rememberedCalls;
    const QString contact = m_contact->text().trimmed();

    SettingsStore settings(m_db);
    const bool stored = settings.setValue(SettingKeys::ThresholdEnabled, enabled) &&
                        settings.setValue(SettingKeys::ThresholdCalls, calls) &&
                        settings.setValue(SettingKeys::AlertContact, contact);
    if (!stored) {
        // A viewer's write is refused by the database (team mode): say so, not "permission
        // denied for table settings".
        QString message =
            RoleRefusal::message(m_db, settings.lastError(), tr("change the usage threshold"));
        if (message.isEmpty())
            message = tr("The threshold could not be saved: %1").arg(settings.lastError());
        showMessage(m_saveError, message, true);
        return;
    }
    m_saveError->hide();
    Q_EMIT thresholdSaved(enabled, calls, contact);
    accept();
}

} // namespace syncdesk::ui

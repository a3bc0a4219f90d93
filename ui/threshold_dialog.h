#pragma once

#include <QDialog>
#include <QSqlDatabase>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace syncdesk::ui {

// "API Usage Threshold": whether, and past how many calls, the CRM Sync Alert Contact is
// emailed. Open it with open(); Save writes the settings and emits thresholdSaved.
class ThresholdDialog : public QDialog
{
    Q_OBJECT

public:
    // orgLimit: the org's daily allocation, the ceiling a threshold is checked against;
    // 0 when it is not known yet.
    explicit ThresholdDialog(QSqlDatabase db, qint64 orgLimit, QWidget *parent = nullptr);

    QCheckBox *enabledBox() const { return m_enabled; }
    QSpinBox *callsBox() const { return m_calls; }
    QLineEdit *contactEdit() const { return m_contact; }
    QLabel *callsMessage() const { return m_callsMessage; }
    QLabel *contactMessage() const { return m_contactMessage; }
    QLabel *saveError() const { return m_saveError; }
    QPushButton *saveButton() const;

    // Whether a message is an error (Save refused) rather than advice.
    static bool isError(const QLabel *message);

Q_SIGNALS:
    void thresholdSaved(bool enabled, int calls, const QString &contact);

private:
    void enabledToggled(bool enabled);
    void validate();
    void save();
    void showMessage(QLabel *label, const QString &text, bool error);

    QSqlDatabase m_db;
    qint64 m_orgLimit;
    int m_rememberedCalls = 0; // what the box held before it was unchecked
    QCheckBox *m_enabled;
    QSpinBox *m_calls;
    QLabel *m_callsMessage;
    QLineEdit *m_contact;
    QLabel *m_contactMessage;
    QLabel *m_saveError;
    QDialogButtonBox *m_buttons;
};

} // namespace syncdesk::ui

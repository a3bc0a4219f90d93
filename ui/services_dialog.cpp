#include "services_dialog.h"

#include "store/role_refusal.h"
#include "sync/service_switches.h"
#include "sync/service_usage.h"
#include "sync/sync_control.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

namespace {

const QString kGeometryKey = u"servicesDialog/geometry"_s;

enum Column
{
    ServiceColumn,
    CallsColumn,
    EstimateColumn,
    HeldColumn,
};

QLabel *numberLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return label;
}

} // namespace

ServicesDialog::ServicesDialog(QSqlDatabase db, SyncControl *control, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_control(control)
{
    setObjectName(u"servicesDialog"_s);
    setWindowTitle(tr("Services"));

    auto *intro =
        new QLabel(tr("A service switched off spends no API calls. Its work waits, held and never "
                      "failed, and goes out with the next sync once it is on again."),
                   this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    const QStringList headers{tr("Service"), tr("Calls in 24 h"), tr("Calls per day when on"),
                              tr("Held work")};
    for (int column = 0; column < headers.size(); ++column) {
        auto *header = new QLabel(u"<b>"_s + headers.at(column).toHtmlEscaped() + u"</b>"_s, this);
        if (column == CallsColumn || column == EstimateColumn)
            header->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(header, 0, column);
    }
    int line = 1;
    for (SyncService service : allSyncServices)
        addRow(grid, line++, service);
    grid->setColumnStretch(HeldColumn, 1);

    auto *shared = new QLabel(tr("* Objects read from Salesforce share each poll call: switching "
                                 "one off saves its further pages, switching all of them off "
                                 "saves the polls."),
                              this);
    shared->setWordWrap(true);
    m_error = new QLabel(this);
    m_error->setObjectName(u"servicesError"_s);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addWidget(shared);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);

    // The engine's own calls and the held work change while the dialog is open.
    if (m_control) {
        connect(m_control, &SyncControl::usageRecorded, this, &ServicesDialog::reload);
        connect(m_control, &SyncControl::statusChanged, this, &ServicesDialog::reload);
    }
    reload();
    restoreGeometry(QSettings().value(kGeometryKey).toByteArray());
}

void ServicesDialog::done(int result)
{
    // Close, Escape and the window's own close button all end here.
    QSettings().setValue(kGeometryKey, saveGeometry());
    QDialog::done(result);
}

void ServicesDialog::addRow(QGridLayout *grid, int line, SyncService service)
{
    Row row;
    // The objects read from Salesforce share their calls: the note under the grid says how.
    const bool shares = !inboundCrmObject(service).isEmpty();
    row.on = new QCheckBox(syncServiceTitle(service) + (shares ? u" *"_s : QString()), this);
    row.on->setObjectName(syncServiceName(service));
    connect(row.on, &QCheckBox::toggled, this,
            [this, service](bool on) { switchToggled(service, on); });
    row.calls = numberLabel(this);
    row.estimate = numberLabel(this);
    row.held = new QLabel(this);
    grid->addWidget(row.on, line, ServiceColumn);
    grid->addWidget(row.calls, line, CallsColumn);
    grid->addWidget(row.estimate, line, EstimateColumn);
    grid->addWidget(row.held, line, HeldColumn);
    m_rows.append(row);
}

QCheckBox *ServicesDialog::switchOf(SyncService service) const
{
    return m_rows.at(qsizetype(service)).on;
}

QString ServicesDialog::callsText(SyncService service) const
{
    return m_rows.at(qsizetype(service)).calls->text();
}

QString ServicesDialog::heldText(SyncService service) const
{
    return m_rows.at(qsizetype(service)).held->text();
}

void ServicesDialog::reload()
{
    const QLocale locale;
    for (const ServiceUsage &usage : serviceUsageFromStore(m_db)) {
        const Row &row = m_rows.at(qsizetype(usage.service));
        {
            const QSignalBlocker quiet(row.on); // showing the stored switch saves nothing
            row.on->setChecked(usage.on);
        }
        row.calls->setText(locale.toString(usage.callsLast24h));
        row.estimate->setText(locale.toString(qRound64(usage.estimatedCallsPerDay)));
        row.held->setText(
            usage.heldItems > 0
                ? tr("%n item(s) %1", nullptr, usage.heldItems).arg(heldBecauseOff(usage.service))
            : usage.on ? QString()
                       : heldBecauseOff(usage.service));
    }
}

void ServicesDialog::switchToggled(SyncService service, bool on)
{
    QString error;
    if (!ServiceSwitches::save(m_db, service, on, &error)) {
        QString message = RoleRefusal::message(m_db, error, tr("switch services on or off"));
        if (message.isEmpty())
            message = tr("The switch could not be saved: %1").arg(error);
        m_error->setText(message);
        m_error->show();
        reload();
        return;
    }
    m_error->hide();
    if (m_control)
        m_control->reloadConfiguration();
    reload();
}

} // namespace syncdesk::ui

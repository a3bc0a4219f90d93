#include "field_configuration_page.h"

#include "field_mapping_delegates.h"
#include "field_mapping_model.h"
#include "field_mapping_validation.h"
#include "store/role_refusal.h"
#include "store/settings_store.h"
#include "sync/sync_control.h"

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

namespace {

QSpinBox *minutesBox(QWidget *parent, const QString &accessibleName)
{
    auto *box = new QSpinBox(parent);
    box->setRange(1, 24 * 60);
    box->setSuffix(FieldConfigurationPage::tr(" min"));
    box->setAccessibleName(accessibleName);
    return box;
}

} // namespace

FieldConfigurationPage::FieldConfigurationPage(QSqlDatabase db, SyncControl *control,
                                               QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_control(control)
    , m_model(new FieldMappingModel(this))
{
    buildLayout();
    m_rates = observedChangeRates(m_db, QDateTime::currentDateTimeUtc());
    if (m_control) {
        // The engine's own setting: a desktop session's engine reads the usage logs.
        m_readsUsageLogs = m_control->status().readsUsageLogs;
        connect(m_control, &SyncControl::statusChanged, this,
                [this](const EngineStatus &status) { setReadsUsageLogs(status.readsUsageLogs); });
    }
    connect(m_model, &FieldMappingModel::editRefused, this,
            [this](const QString &reason) { showMessage(reason, true); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &FieldConfigurationPage::onEdited);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &FieldConfigurationPage::onEdited);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &FieldConfigurationPage::onEdited);
    connect(m_outboundMinutes, &QSpinBox::valueChanged, this, &FieldConfigurationPage::onEdited);
    connect(m_inboundMinutes, &QSpinBox::valueChanged, this, &FieldConfigurationPage::onEdited);
    reload();
}

FieldConfigurationPage::~FieldConfigurationPage()
{
    // The children outlive this part of the object: an editor that commits as it closes
    // must not reach a page that is half gone.
    for (QObject *sender : std::initializer_list<QObject *>{m_model, m_objectTabs,
                                                            m_outboundMinutes, m_inboundMinutes})
        sender->disconnect(this);
}

void FieldConfigurationPage::buildLayout()
{
    m_objectTabs = new QTabBar(this);
    m_objectTabs->setAccessibleName(tr("Object"));
    m_objectTabs->setExpanding(false);
    for (const MappedObject &object : mappedObjects())
        m_objectTabs->addTab(object.title());
    connect(m_objectTabs, &QTabBar::currentChanged, this, &FieldConfigurationPage::showObject);

    m_catalogNote = new QLabel(this);
    m_catalogNote->setWordWrap(true);

    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Field mappings"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setItemDelegateForColumn(FieldMappingModel::DirectionColumn,
                                      new FieldMappingDirectionDelegate(m_table));
    m_table->setItemDelegateForColumn(FieldMappingModel::CrmFieldColumn,
                                      new FieldMappingCrmFieldDelegate(m_table));
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldMappingModel::TypeColumn,
                                                      QHeaderView::ResizeToContents);

    m_addButton = new QPushButton(tr("&Add mapping"), this);
    m_removeButton = new QPushButton(tr("&Remove mapping"), this);
    m_removeButton->setShortcut(QKeySequence::Delete);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        const int row = m_model->addMapping();
        const QModelIndex index = m_model->index(row, FieldMappingModel::LocalFieldColumn);
        m_table->setCurrentIndex(index);
        m_table->edit(index);
    });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        QList<int> numbers;
        for (const QModelIndex &index : rows)
            numbers.append(index.row());
        std::sort(numbers.begin(), numbers.end(), std::greater<int>());
        for (const int row : std::as_const(numbers))
            m_model->removeRow(row);
    });

    m_messageLabel = new QLabel(this);
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    m_messageLabel->hide();

    auto *intervals = new QGroupBox(tr("Sync intervals"), this);
    m_outboundMinutes = minutesBox(intervals, tr("Send local changes every"));
    m_inboundMinutes = minutesBox(intervals, tr("Check Salesforce for changes every"));
    auto *intervalForm = new QFormLayout(intervals);
    intervalForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    intervalForm->addRow(tr("Send local changes and activities every:"), m_outboundMinutes);
    intervalForm->addRow(tr("Check Salesforce for changes every:"), m_inboundMinutes);

    m_estimateLabel = new QLabel(this);
    m_estimateLabel->setAccessibleName(tr("Estimated API calls per day"));
    m_estimateLabel->setWordWrap(true);

    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setShortcut(QKeySequence::Save);
    m_revertButton = new QPushButton(tr("Re&vert"), this);
    connect(m_saveButton, &QPushButton::clicked, this, &FieldConfigurationPage::save);
    connect(m_revertButton, &QPushButton::clicked, this, &FieldConfigurationPage::reload);

    auto *tableButtons = new QHBoxLayout;
    tableButtons->addWidget(m_addButton);
    tableButtons->addWidget(m_removeButton);
    tableButtons->addStretch();
    auto *services = new QPushButton(tr("S&ervices…"), this);
    services->setObjectName(u"openServices"_s);
    services->setToolTip(
        tr("Switch activity logging, updates or objects off to spend fewer calls"));
    connect(services, &QPushButton::clicked, this, &FieldConfigurationPage::servicesRequested);
    tableButtons->addWidget(services);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_estimateLabel, 1);
    bottom->addWidget(m_revertButton);
    bottom->addWidget(m_saveButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_objectTabs);
    layout->addWidget(m_catalogNote);
    layout->addWidget(m_table, 1);
    layout->addLayout(tableButtons);
    layout->addWidget(m_messageLabel);
    layout->addWidget(intervals);
    layout->addLayout(bottom);
}

void FieldConfigurationPage::reload()
{
    m_model->setCatalog(FieldMappingCatalog::fromCache(m_db));
    m_model->setMappings(FieldMappingStore(m_db).all());
    SettingsStore settings(m_db);
    const QSignalBlocker outbound(m_outboundMinutes);
    const QSignalBlocker inbound(m_inboundMinutes);
    m_outboundMinutes->setValue(
        std::max(1, settings.value(SettingKeys::OutboundIntervalSeconds) / 60));
    m_inboundMinutes->setValue(
        std::max(1, settings.value(SettingKeys::InboundIntervalSeconds) / 60));
    m_savedEstimate = editedEstimate();
    m_dirty = false;
    m_messageLabel->hide();
    showObject(m_objectTabs->currentIndex());
    onEdited();
    m_dirty = false;
    m_saveButton->setEnabled(false);
    m_revertButton->setEnabled(false);
}

void FieldConfigurationPage::setChangeRates(const ChangeRates &rates)
{
    m_rates = rates;
    refreshEstimates();
}

void FieldConfigurationPage::setReadsUsageLogs(bool reads)
{
    if (reads == m_readsUsageLogs)
        return;
    m_readsUsageLogs = reads;
    refreshEstimates();
}

void FieldConfigurationPage::refreshEstimates()
{
    const SettingsStore settings(m_db);
    m_savedEstimate = estimateOf(FieldMappingStore(m_db).all(),
                                 settings.value(SettingKeys::OutboundIntervalSeconds),
                                 settings.value(SettingKeys::InboundIntervalSeconds));
    showEstimate(); // the edits, and whether there are any, stay as they were
}

CallCostEstimate FieldConfigurationPage::editedEstimate() const
{
    return estimateOf(m_model->mappings(), outboundSeconds(), inboundSeconds());
}

CallCostEstimate FieldConfigurationPage::estimateOf(const QList<FieldMapping> &mappings,
                                                    int outboundSeconds, int inboundSeconds) const
{
    return estimateCallsPerDay(mappings, outboundSeconds, inboundSeconds, m_rates,
                               SettingsStore(m_db).value(SettingKeys::ReadBeforeWrite),
                               m_readsUsageLogs);
}

int FieldConfigurationPage::outboundSeconds() const
{
    return m_outboundMinutes->value() * 60;
}

int FieldConfigurationPage::inboundSeconds() const
{
    return m_inboundMinutes->value() * 60;
}

void FieldConfigurationPage::refreshCatalog()
{
    m_model->setCatalog(FieldMappingCatalog::fromCache(m_db));
    updateCatalogNote();
}

void FieldConfigurationPage::showObject(int tab)
{
    const QList<MappedObject> objects = mappedObjects();
    if (tab < 0 || tab >= objects.size())
        return;
    m_model->setLocalObject(objects.at(tab).localObject);
    updateCatalogNote();
}

void FieldConfigurationPage::updateCatalogNote()
{
    QStringList missing;
    QDateTime oldest;
    for (const QString &sobject : m_model->mappedObject().crmObjects) {
        if (!m_model->catalog().hasDescribe(sobject)) {
            missing.append(sobject);
            continue;
        }
        const QDateTime fetched = m_model->catalog().fetchedAt(sobject);
        if (fetched.isValid() && (!oldest.isValid() || fetched < oldest))
            oldest = fetched;
    }
    if (!missing.isEmpty()) {
        m_catalogNote->setText(tr("No describe of %1 is cached, so there is no list of its "
                                  "Salesforce fields: existing mappings can still be edited, "
                                  "and field names typed.")
                                   .arg(missing.join(u", "_s)));
    } else {
        m_catalogNote->setText(
            tr("Salesforce fields are listed from the cached describe (read %1); no API "
               "call is spent to show them.")
                .arg(QLocale().toString(oldest.toLocalTime(), QLocale::ShortFormat)));
    }
}

void FieldConfigurationPage::onEdited()
{
    m_dirty = true;
    m_saveButton->setEnabled(true);
    m_revertButton->setEnabled(true);
    showEstimate();
    const QStringList problems = configurationProblems(m_model->mappings(), m_model->catalog());
    if (problems.isEmpty() && m_messageLabel->property("problem").toBool())
        m_messageLabel->hide();
}

void FieldConfigurationPage::showEstimate()
{
    const QLocale locale;
    const auto calls = [&locale](double value) {
        return locale.toString(qint64(std::ceil(value - 1e-9)));
    };
    const CallCostEstimate edited = editedEstimate();
    if (edited.usageLogs > 0) {
        m_estimateLabel->setText(
            tr("Estimated API calls per day: <b>%1</b> (outbound %2, activities %3, inbound %4, "
               "reading the org's usage logs %5) — saved configuration: %6")
                .arg(calls(edited.total()), calls(edited.outbound), calls(edited.activities),
                     calls(edited.inbound), calls(edited.usageLogs),
                     calls(m_savedEstimate.total())));
    } else {
        m_estimateLabel->setText(
            tr("Estimated API calls per day: <b>%1</b> (outbound %2, activities %3, inbound "
               "%4) — saved configuration: %5")
                .arg(calls(edited.total()), calls(edited.outbound), calls(edited.activities),
                     calls(edited.inbound), calls(m_savedEstimate.total())));
    }
}

void FieldConfigurationPage::showMessage(const QString &text, bool problem)
{
    m_messageLabel->setProperty("problem", problem);
    m_messageLabel->setStyleSheet(problem ? u"color: palette(bright-text); background: #b3261e;"
                                            "padding: 4px; border-radius: 3px;"_s
                                          : QString());
    m_messageLabel->setText(text);
    m_messageLabel->show();
}

bool FieldConfigurationPage::save()
{
    const QList<FieldMapping> mappings = m_model->mappings();
    const QStringList problems = configurationProblems(mappings, m_model->catalog());
    if (!problems.isEmpty()) {
        showMessage(tr("Not saved: %1").arg(problems.join(u"\n"_s)), true);
        return false;
    }
    FieldMappingStore store(m_db);
    SettingsStore settings(m_db);
    if (!store.replaceAll(mappings) ||
        !settings.setValue(SettingKeys::OutboundIntervalSeconds, outboundSeconds()) ||
        !settings.setValue(SettingKeys::InboundIntervalSeconds, inboundSeconds())) {
        const QString error =
            store.lastError().isEmpty() ? settings.lastError() : store.lastError();
        QString message = RoleRefusal::message(m_db, error, tr("change the field configuration"));
        if (message.isEmpty())
            message = tr("The configuration could not be saved: %1").arg(error);
        showMessage(message, true);
        return false;
    }
    reload();
    showMessage(tr("Saved. The sync engine now uses this configuration."), false);
    if (m_control)
        m_control->reloadConfiguration();
    Q_EMIT saved();
    return true;
}

} // namespace syncdesk::ui

#include "integration_usage_group.h"

#include "store/api_usage_log_store.h"
#include "store/integration_usage_query.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace syncdesk::ui {

using namespace Qt::Literals::StringLiterals;

namespace {

QLabel *noteLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

IntegrationUsageGroup::IntegrationUsageGroup(QSqlDatabase db, QWidget *parent)
    : QGroupBox(tr("Who used the calls"), parent)
    , m_db(std::move(db))
    , m_model(new IntegrationUsageModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_grouping(new QComboBox(this))
    , m_coverage(noteLabel(u"usageLogCoverage"_s, this))
    , m_ledger(noteLabel(u"usageLogLedger"_s, this))
    , m_problem(noteLabel(u"usageLogProblem"_s, this))
    , m_services(new QPushButton(tr("&Services…"), this))
{
    setObjectName(u"whoUsedTheCalls"_s);

    m_grouping->setObjectName(u"usageGrouping"_s);
    m_grouping->addItem(tr("By integration"), int(UsageGrouping::Integration));
    m_grouping->addItem(tr("By user"), int(UsageGrouping::User));
    m_grouping->addItem(tr("By client"), int(UsageGrouping::Client));
    m_grouping->setAccessibleName(tr("Group the calls"));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, [this] {
        if (m_now.isValid())
            reload(m_now, m_hours);
    });

    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(IntegrationUsageModel::SortRole);
    m_view->setObjectName(u"integrationUsageTable"_s);
    m_view->setAccessibleName(tr("Calls per integration"));
    m_view->setModel(m_sorted);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(IntegrationUsageModel::CallsColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setMinimumHeight(150);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    // Names in full; the users (often long addresses) take what is left, in full as a tooltip.
    header->setSectionResizeMode(IntegrationUsageModel::NameColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IntegrationUsageModel::UserColumn, QHeaderView::Stretch);
    for (int column :
         {int(IntegrationUsageModel::CallsColumn), int(IntegrationUsageModel::ShareColumn),
          int(IntegrationUsageModel::ChangeColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);

    m_problem->setForegroundRole(QPalette::WindowText);
    m_problem->hide();
    m_ledger->hide();

    m_services->setObjectName(u"openServices"_s);
    m_services->setToolTip(
        tr("Switch activity logging, updates or objects off to spend fewer calls"));
    connect(m_services, &QPushButton::clicked, this, &IntegrationUsageGroup::servicesRequested);

    auto *top = new QHBoxLayout();
    top->addWidget(m_grouping);
    top->addStretch();
    top->addWidget(m_services);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_coverage);
    layout->addWidget(m_ledger);
}

void IntegrationUsageGroup::reload(const QDateTime &now, int hours)
{
    m_now = now;
    m_hours = hours;
    const auto grouping = UsageGrouping(m_grouping->currentData().toInt());
    const IntegrationUsageReport report = IntegrationUsageQuery(m_db).report(grouping, hours, now);
    const int previousCovered =
        int(ApiUsageLogStore(m_db)
                .coveredHours(report.from.addSecs(-qint64(hours) * 3600), report.from)
                .size());
    m_model->setReport(report,
                       grouping == UsageGrouping::Integration ? usersByIntegration(report)
                                                              : QHash<QString, QStringList>(),
                       previousCovered);
    // The user column says something only beside integrations.
    m_view->setColumnHidden(IntegrationUsageModel::UserColumn,
                            grouping != UsageGrouping::Integration);

    m_coverage->setText(coverageText(report, previousCovered, locale()));
    m_ledger->setText(ledgerText(report.ledger));
    m_ledger->setVisible(!m_ledger->text().isEmpty());
    m_problem->setText(problemText(report.problem, permissionRefused()));
    m_problem->setVisible(!m_problem->text().isEmpty());
}

QHash<QString, QStringList>
IntegrationUsageGroup::usersByIntegration(const IntegrationUsageReport &report) const
{
    QHash<QString, QStringList> users;
    for (const UsageLogCount &count : ApiUsageLogStore(m_db).counts(report.from, report.to)) {
        const QString user =
            count.caller.userName.isEmpty() ? count.caller.userId : count.caller.userName;
        QStringList &names =
            users[integration_usage::nameOf(count.caller, UsageGrouping::Integration)];
        if (!user.isEmpty() && !names.contains(user))
            names.append(user);
    }
    for (QStringList &names : users)
        names.sort(Qt::CaseInsensitive);
    return users;
}

bool IntegrationUsageGroup::permissionRefused() const
{
    const UsageLogReaderState state = ApiUsageLogStore(m_db).readerState();
    return state.refusedAt.isValid() &&
           (!state.listedAt.isValid() || state.refusedAt > state.listedAt);
}

QString IntegrationUsageGroup::coverageText(const IntegrationUsageReport &report,
                                            int previousCoveredHours, const QLocale &locale)
{
    const int total = int(report.coveredHours.size() + report.uncoveredHours.size());
    const int covered = int(report.coveredHours.size());
    if (covered == 0) {
        return tr("Salesforce's logs cover none of the last %n hour(s) yet. Each hour's log "
                  "arrives 3 to 6 hours after the hour ends.",
                  nullptr, total);
    }
    QString text = tr("Salesforce's logs cover %1 of the last %n hour(s).", nullptr, total)
                       .arg(locale.toString(covered)) +
                   u' ' +
                   tr("Shares are of the org's %Ln counted call(s) in those hours.", nullptr,
                      int(report.orgCalls));
    if (covered < total)
        text += u' ' + tr("Each hour's log arrives 3 to 6 hours after the hour ends.");
    if (previousCoveredHours != covered) {
        text += u' ' +
                (2 * previousCoveredHours >= covered
                     ? tr("Changes compare with the %n hour(s) of the period before that the logs "
                          "cover.",
                          nullptr, previousCoveredHours)
                     : tr("The logs cover only %n hour(s) of the period before: too few to show "
                          "changes.",
                          nullptr, previousCoveredHours));
    }
    // A first start: SyncDesk's calls are all in hours no log covers yet.
    if (!report.syncDesk && report.grouping != UsageGrouping::User)
        text += u' ' + tr("SyncDesk's own calls appear once the logs cover the hours it ran.");
    return text;
}

QString IntegrationUsageGroup::ledgerText(const LedgerReconciliation &ledger)
{
    const qint64 difference = ledger.difference();
    if (difference > 0) {
        return tr("Salesforce's logs count %Ln call(s) from SyncDesk more than its own records "
                  "for these hours.",
                  nullptr, int(difference));
    }
    if (difference < 0) {
        return tr("Salesforce's logs count %Ln call(s) from SyncDesk fewer than its own records "
                  "for these hours.",
                  nullptr, int(-difference));
    }
    return QString();
}

QString IntegrationUsageGroup::problemText(const QString &problem, bool permissionRefused)
{
    if (problem.isEmpty())
        return QString();
    if (!permissionRefused)
        return problem;
    return problem + u' ' +
           tr("A Salesforce admin can add it to the integration user's permission set (Setup, "
              "Permission Sets, System Permissions). SyncDesk asks again once a day; until then "
              "the chart shows the other integrations as one block.");
}

QString IntegrationUsageGroup::coverageText() const
{
    return m_coverage->text();
}

QString IntegrationUsageGroup::ledgerText() const
{
    return m_ledger->text();
}

QString IntegrationUsageGroup::problemText() const
{
    return m_problem->text();
}

} // namespace syncdesk::ui

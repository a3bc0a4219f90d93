#include "sync_failures_page.h"

#include "failure_list_model.h"
#include "store/connection_store.h"
#include "sync/sync_control.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::ui {

SyncFailuresPage::SyncFailuresPage(QSqlDatabase db, SyncControl *control, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_control(control)
    , m_model(new FailureListModel(db, this))
{
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Sync failures"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights keep scrolling through a long list cheap.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_table->horizontalHeader();
    // The message gets a readable width of its own and the last column takes what is
    // left: a narrow window scrolls sideways instead of squeezing the message to nothing.
    header->setStretchLastSection(true);
    // Widths from the font, not from the rows: measuring 200,000 rows is what a lazy
    // model avoids.
    const QFontMetrics metrics = m_table->fontMetrics();
    const auto fit = [&metrics](const QString &sample) {
        return metrics.horizontalAdvance(sample) + 3 * metrics.averageCharWidth();
    };
    const QString sampleTime =
        QLocale().toString(QDateTime(QDate(2026, 12, 30), QTime(23, 59)), QLocale::NarrowFormat);
    header->resizeSection(FailureListModel::TimeColumn, fit(sampleTime));
    header->resizeSection(FailureListModel::ObjectColumn, fit(u"Opportunity"_s));
    header->resizeSection(FailureListModel::RecordColumn, fit(u"Alexandra Montgomery"_s));
    header->resizeSection(FailureListModel::RecordIdColumn, fit(u"0030000000000000AAA"_s));
    header->resizeSection(FailureListModel::DirectionColumn, fit(tr("To Salesforce")));
    header->resizeSection(FailureListModel::CategoryColumn, fit(tr("Refused by Salesforce")));
    header->resizeSection(
        FailureListModel::MessageColumn,
        fit(u"REQUIRED_FIELD_MISSING: Required fields are missing: [LastName]"_s));
    header->resizeSection(FailureListModel::AttemptsColumn, fit(tr("Attempts")));
    header->resizeSection(FailureListModel::NextRetryColumn, fit(sampleTime));
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 8);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(FailureListModel::TimeColumn, Qt::DescendingOrder);
    header->setSectionsClickable(true);
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (!FailureListModel::isSortable(column)) {
                    // Sorting 200,000 rows on a column without an index would stall.
                    const QSignalBlocker blocker(header);
                    header->setSortIndicator(FailureListModel::TimeColumn, Qt::DescendingOrder);
                    m_model->sort(FailureListModel::TimeColumn, Qt::DescendingOrder);
                    return;
                }
                m_model->sort(column, order);
            });

    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Retry status"));
    m_message->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildToolBar());
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncFailuresPage::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &SyncFailuresPage::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncFailuresPage::updateActions);
    if (m_control) {
        connect(m_control, &SyncControl::failuresChanged, this,
                &SyncFailuresPage::onFailuresChanged);
        connect(m_control, &SyncControl::retryRefused, this,
                [this](const QList<qint64> &, const QDateTime &at) { showRetryRefused(at); });
    }
    updateCount();
    updateActions();
}

QWidget *SyncFailuresPage::buildToolBar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);

    m_category = new QComboBox(bar);
    m_category->setAccessibleName(tr("Category"));
    m_category->addItem(tr("All categories"));
    for (const FailureCategory category :
         {FailureCategory::NoApiCredits, FailureCategory::Auth, FailureCategory::Validation,
          FailureCategory::Conflict, FailureCategory::Transient})
        m_category->addItem(FailureListModel::categoryText(category), int(category));
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant category = m_category->currentData();
        m_model->setCategoryFilter(
            category.isValid() ? std::optional(FailureCategory(category.toInt())) : std::nullopt);
    });

    m_search = new QLineEdit(bar);
    m_search->setPlaceholderText(tr("Filter by record, code or message"));
    m_search->setAccessibleName(tr("Filter"));
    m_search->setClearButtonEnabled(true);
    // One query once typing pauses, not one per keystroke.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_model->setTextFilter(m_search->text()); });

    m_count = new QLabel(bar);
    m_busy = new QProgressBar(bar);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setAccessibleName(tr("Retrying"));
    m_busy->hide();

    const auto action = [this](const QString &text, const QKeySequence &shortcut,
                               const QString &tip) {
        auto *added = new QAction(text, this);
        added->setShortcut(shortcut);
        added->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        added->setToolTip(
            QString(tip + u" ("_s + shortcut.toString(QKeySequence::NativeText) + u')'));
        addAction(added);
        return added;
    };
    m_retry = action(tr("&Retry"), QKeySequence(Qt::CTRL | Qt::Key_R),
                     tr("Retry the selected failures now"));
    m_retryAll = action(tr("Retry &all"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                        tr("Retry every failure now"));
    m_dismiss = action(tr("&Dismiss…"), QKeySequence::Delete,
                       tr("Give up on the selected failures and the changes they hold"));
    m_open = action(tr("&Open in Salesforce"), QKeySequence(Qt::CTRL | Qt::Key_O),
                    tr("Open the record in the browser"));
    m_copy = action(tr("&Copy details"), QKeySequence::Copy,
                    tr("Copy the selected rows, tab-separated"));
    connect(m_retry, &QAction::triggered, this, &SyncFailuresPage::retrySelected);
    connect(m_retryAll, &QAction::triggered, this, &SyncFailuresPage::retryAll);
    connect(m_dismiss, &QAction::triggered, this, &SyncFailuresPage::confirmDismiss);
    connect(m_open, &QAction::triggered, this, &SyncFailuresPage::openInSalesforce);
    connect(m_copy, &QAction::triggered, this, &SyncFailuresPage::copyDetails);

    row->addWidget(m_category);
    row->addWidget(m_search, 1);
    row->addWidget(m_count);
    row->addSpacing(12);
    for (QAction *each : {m_retry, m_retryAll, m_dismiss, m_open, m_copy}) {
        auto *button = new QToolButton(bar);
        button->setDefaultAction(each);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setAccessibleName(each->text().remove(u'&'));
        row->addWidget(button);
    }
    row->addWidget(m_busy);
    return bar;
}

QList<qint64> SyncFailuresPage::selectedFailureIds() const
{
    QList<qint64> ids;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        ids.append(m_model->failureId(index.row()));
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SyncFailuresPage::retrySelected()
{
    const QList<qint64> ids = selectedFailureIds();
    if (ids.isEmpty() || !m_control)
        return;
    setBusy(true);
    m_control->retryFailures(ids);
}

void SyncFailuresPage::retryAll()
{
    if (!m_control || m_model->totalCount() == 0)
        return;
    setBusy(true);
    m_control->retryFailures({});
}

void SyncFailuresPage::confirmDismiss()
{
    const QList<qint64> ids = selectedFailureIds();
    if (ids.isEmpty() || !m_control)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Dismiss failures"),
                                tr("Dismiss %n failure(s)? The changes they hold will not be "
                                   "sent to Salesforce.",
                                   nullptr, int(ids.size())),
                                QMessageBox::Cancel, this);
    QPushButton *dismiss = box->addButton(tr("Dismiss"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, dismiss, ids] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(dismiss))
            m_control->dismissFailures(ids);
    });
    box->open();
}

void SyncFailuresPage::openInSalesforce()
{
    const QModelIndex current = m_table->currentIndex();
    const QString crmId = current.data(FailureListModel::CrmIdRole).toString();
    const auto connection = ConnectionStore(m_db).active();
    if (crmId.isEmpty() || !connection)
        return;
    QUrl url = connection->instanceUrl;
    url.setPath(u'/' + crmId);
    QDesktopServices::openUrl(url);
}

void SyncFailuresPage::copyDetails()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (const int row : std::as_const(rows))
        lines.append(m_model->rowText(row));
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

void SyncFailuresPage::showRetryRefused(const QDateTime &creditsBackAt)
{
    setBusy(false);
    m_message->setText(
        tr("No API calls left; SyncDesk checks the org's figures again at %1")
            .arg(QLocale().toString(creditsBackAt.toLocalTime().time(), u"HH:mm"_s)));
    m_message->show();
}

void SyncFailuresPage::onFailuresChanged()
{
    setBusy(false);
    m_model->reload();
}

void SyncFailuresPage::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    if (busy)
        m_message->hide();
}

void SyncFailuresPage::updateActions()
{
    const bool selection = m_table->selectionModel()->hasSelection();
    m_retry->setEnabled(selection);
    m_dismiss->setEnabled(selection);
    m_copy->setEnabled(selection);
    m_open->setEnabled(
        selection &&
        !m_table->currentIndex().data(FailureListModel::CrmIdRole).toString().isEmpty());
    m_retryAll->setEnabled(m_model->totalCount() > 0);
}

void SyncFailuresPage::updateCount()
{
    m_count->setText(tr("%1 failures").arg(QLocale().toString(m_model->totalCount())));
}

} // namespace syncdesk::ui

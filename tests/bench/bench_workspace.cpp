#include "bench_workspace.h"

#include "event_wait.h"
#include "store/activity_store.h"
#include "store/database.h"
#include "store/field_mapping_store.h"
#include "store/local_change_writer.h"
#include "store/outbox_store.h"
#include "store/record_store.h"
#include "store/settings_store.h"
#include "sync/activity_flush.h"
#include "sync/default_field_mappings.h"
#include "sync/outbound_flush.h"

#include <QFile>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::bench {

namespace {

const QStringList kPersonFields{u"FirstName"_s, u"LastName"_s, u"Email"_s, u"Phone"_s, u"Title"_s};
const QDateTime T0 = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);

QString fieldValue(const QString &field, qint64 id, int round)
{
    if (field == u"Email")
        return u"p%1.r%2@example.test"_s.arg(id).arg(round);
    if (field == u"Phone")
        return u"+1 555 %1 %2"_s.arg(round).arg(id, 4, 10, QChar(u'0'));
    return u"%1 %2 r%3"_s.arg(field).arg(id).arg(round);
}

} // namespace

BenchWorkspace::BenchWorkspace(const QString &path)
    : m_path(path)
{
    const DatabaseConnection connection = Database::open(m_path);
    if (!connection.ok())
        failBench(u"the workspace database %1 did not open"_s.arg(m_path));
    m_db = connection.db;
    if (!ensureDefaultFieldMappings(m_db))
        failBench(u"the default field mappings were not stored"_s);
}

BenchWorkspace::~BenchWorkspace()
{
    m_db = QSqlDatabase();
    Database::closeForThisThread(m_path);
}

QList<qint64> BenchWorkspace::addPeople(int count)
{
    RecordStore records(m_db);
    QList<qint64> people;
    people.reserve(count);
    for (int i = 0; i < count; ++i) {
        const std::optional<qint64> id = records.insert(LocalRecord{});
        if (!id)
            failBench(u"a local person was not stored: "_s + records.lastError());
        people.append(*id);
    }
    return people;
}

QList<qint64> BenchWorkspace::linkedPeople(int count) const
{
    constexpr int kPage = 5'000;
    RecordStore records(m_db);
    QList<qint64> people;
    for (int offset = 0; people.size() < count; offset += kPage) {
        const QList<LocalRecord> page = records.page(RecordKind::Person, kPage, offset);
        if (page.isEmpty())
            failBench(
                u"the workspace has %1 people linked to Contacts, %2 needed"_s.arg(people.size())
                    .arg(count));
        for (const LocalRecord &record : page) {
            if (record.crmObject == u"Contact" && !record.crmId.isEmpty() && people.size() < count)
                people.append(record.id);
        }
    }
    return people;
}

void BenchWorkspace::editPeople(const QList<qint64> &people, int round)
{
    LocalChangeWriter writer(m_db);
    for (const qint64 id : people) {
        QJsonObject edit;
        for (const QString &field : kPersonFields)
            edit.insert(field, fieldValue(field, id, round));
        if (!writer.apply(id, edit, T0.addSecs(round)))
            failBench(u"a local change was not written: "_s + writer.lastError());
    }
}

void BenchWorkspace::addActivities(const QList<qint64> &people, int count)
{
    ActivityStore activities(m_db);
    for (int i = 0; i < count; ++i) {
        Activity activity;
        activity.externalId = u"bench-"_s + QString::number(i);
        activity.kind = i % 2 == 0 ? Activity::Kind::Call : Activity::Kind::Email;
        activity.recordId = people.at(i % people.size());
        activity.subject = u"Bench activity "_s + QString::number(i);
        activity.body = u"Logged by throughput_bench"_s;
        activity.occurredAt = T0.addDays(i % 7);
        if (activity.kind == Activity::Kind::Call) {
            activity.durationSeconds = 60 + i % 600;
            activity.callType = u"Outbound"_s;
        }
        if (!activities.add(activity))
            failBench(u"an activity was not stored: "_s + activities.lastError());
    }
}

int BenchWorkspace::waitingOutboxEntries() const
{
    return OutboxStore(m_db).waitingCount();
}

OutboxFlushTotals BenchWorkspace::flushOutbox(SalesforceClient *client)
{
    OutboundFlush flush(m_db, client);
    flush.setReadBeforeWrite(SettingsStore(m_db).value(SettingKeys::ReadBeforeWrite));
    OutboxFlushTotals totals;
    while (waitingOutboxEntries() > 0) {
        const FlushReport report = awaitResult<FlushReport>(
            [&](std::function<void(FlushReport)> done) { flush.flush(done); });
        if (report.callError || report.failed > 0 || report.deferred)
            failBench(
                u"an outbound flush failed: %1 sent, %2 failed%3"_s.arg(report.recordsSent)
                    .arg(report.failed)
                    .arg(report.callError ? u": "_s + report.callError->summary() : QString()));
        ++totals.flushes;
        totals.calls += report.calls;
        totals.recordsSent += report.recordsSent;
        totals.succeeded += report.succeeded;
        if (report.recordsSent == 0)
            failBench(u"an outbound flush sent nothing while entries still wait"_s);
    }
    return totals;
}

int BenchWorkspace::flushActivities(SalesforceClient *client)
{
    ActivityFlush flush(m_db, client);
    const ActivityFlushReport report = awaitResult<ActivityFlushReport>(
        [&](std::function<void(ActivityFlushReport)> done) { flush.flush(done); });
    if (report.callError || report.failed > 0)
        failBench(
            u"the activity flush logged %1 (%2 failed)"_s.arg(report.logged).arg(report.failed));
    return report.logged;
}

InboundReport BenchWorkspace::poll(SalesforceClient *client)
{
    InboundPoll poll(m_db, client);
    const InboundReport report = awaitResult<InboundReport>(
        [&](std::function<void(InboundReport)> done) { poll.poll(done); });
    if (report.callError || !report.objectErrors.isEmpty() || !report.storeError.isEmpty())
        failBench(u"the inbound poll failed%1"_s.arg(
            report.storeError.isEmpty() ? QString() : u": "_s + report.storeError));
    return report;
}

ImportResult BenchWorkspace::importPeople(const QString &csvPath)
{
    const ImportResult result = CsvImport(m_db).importFile(CsvImportKind::People, csvPath);
    if (!result.ok())
        failBench(u"the CSV import refused the file: "_s + result.errors.constFirst().toString());
    return result;
}

QString BenchWorkspace::contactImportSoql() const
{
    QStringList fields;
    for (const FieldMapping &mapping : FieldMappingStore(m_db).all()) {
        if (mapping.crmObject == u"Contact" && (mapping.direction == SyncDirection::Both ||
                                                mapping.direction == SyncDirection::FromCrm))
            fields.append(mapping.crmField);
    }
    return InboundPoll::soqlFor(u"Contact"_s, fields, QString());
}

void BenchWorkspace::writePeopleCsv(const QString &path, int rows, const QString &tag)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        failBench(u"cannot write "_s + path);
    QByteArray text = "FirstName,LastName,Email,Phone,Title\n";
    for (int i = 0; i < rows; ++i) {
        text += "First" + QByteArray::number(i) + ",Last" + QByteArray::number(i) + ",p" +
                QByteArray::number(i) + '.' + tag.toUtf8() + "@example.test,+1 555 " +
                QByteArray::number(1'000'000 + i) + ",Title " + QByteArray::number(i % 50) + '\n';
        if (text.size() > (1 << 20)) {
            file.write(text);
            text.clear();
        }
    }
    if (file.write(text) != text.size() || !file.flush())
        failBench(u"cannot write "_s + path);
}

} // namespace syncdesk::bench

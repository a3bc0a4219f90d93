#include "change_journal.h"

namespace syncdesk::soak {

std::optional<FieldChange> FieldHistory::winner() const
{
    if (lastLocal && lastOrg)
        return lastLocal->seq > lastOrg->seq ? lastLocal : lastOrg;
    return lastLocal ? lastLocal : lastOrg;
}

TrackedRecord &ChangeJournal::add(TrackedRecord record)
{
    // QList may move its elements: the indexes stay valid, the pointers of all() do not
    // outlive the next add().
    m_records.append(std::move(record));
    const qsizetype index = m_records.size() - 1;
    TrackedRecord &added = m_records[index];
    if (added.localId != 0)
        m_byLocal.insert(added.localId, index);
    if (!added.crmId.isEmpty())
        m_byCrm.insert(added.crmId, index);
    return added;
}

TrackedRecord *ChangeJournal::byLocalId(qint64 localId)
{
    const auto it = m_byLocal.constFind(localId);
    return it == m_byLocal.constEnd() ? nullptr : &m_records[*it];
}

TrackedRecord *ChangeJournal::byCrmId(const QString &crmId)
{
    const auto it = m_byCrm.constFind(crmId);
    return it == m_byCrm.constEnd() ? nullptr : &m_records[*it];
}

QList<TrackedRecord *> ChangeJournal::all()
{
    QList<TrackedRecord *> records;
    for (TrackedRecord &record : m_records)
        records.append(&record);
    return records;
}

void ChangeJournal::linkCrm(qint64 localId, const QString &crmObject, const QString &crmId)
{
    TrackedRecord *record = byLocalId(localId);
    if (!record || !record->crmId.isEmpty())
        return;
    record->crmObject = crmObject;
    record->crmId = crmId;
    m_byCrm.insert(crmId, m_byLocal.value(localId));
}

void ChangeJournal::traceTo(const QString &path)
{
    m_trace.setFileName(path);
    m_trace.open(QIODevice::WriteOnly | QIODevice::Truncate);
}

void ChangeJournal::trace(const QString &line)
{
    if (!m_trace.isOpen())
        return;
    m_trace.write(line.toUtf8() + '\n');
    m_trace.flush();
}

void ChangeJournal::linkLocal(TrackedRecord &record, qint64 localId)
{
    record.localId = localId;
    m_byLocal.insert(localId, m_byCrm.value(record.crmId, -1));
}

void ChangeJournal::convert(TrackedRecord &record, const QString &contactId)
{
    const qsizetype index = m_byCrm.value(record.crmId, -1);
    record.convertedFromLead = record.crmId;
    record.crmObject = QStringLiteral("Contact");
    record.crmId = contactId;
    record.fields.remove(QStringLiteral("Company"));
    record.hadApiSave = false; // the Contact is new, made by a user, not through the API
    if (index >= 0)
        m_byCrm.insert(contactId, index);
}

void ChangeJournal::recordChange(TrackedRecord &record, const QString &field, Side side,
                                 const QJsonValue &value, const QDateTime &at, bool otherSideHasIt,
                                 bool ambiguous)
{
    FieldHistory &history = record.fields[field];
    const FieldChange change{nextSeq(), side, value, at};
    const std::optional<FieldChange> &other =
        side == Side::Local ? history.lastOrg : history.lastLocal;
    const std::optional<FieldChange> &mine =
        side == Side::Local ? history.lastLocal : history.lastOrg;
    const bool otherIsNewer = other && (!mine || other->seq > mine->seq);
    trace(QStringLiteral("#%1 %2 %3 %4 %5 (local %6).%7 = %8%9%10")
              .arg(change.seq)
              .arg(at.toString(Qt::ISODateWithMs),
                   side == Side::Local ? QStringLiteral("local") : QStringLiteral("org  "),
                   record.crmObject, record.crmId)
              .arg(record.localId)
              .arg(field, value.toVariant().toString(),
                   otherIsNewer && !otherSideHasIt
                       ? QStringLiteral("  [the other side's newer change not here]")
                       : QString(),
                   ambiguous ? QStringLiteral("  [ambiguous]") : QString()));
    if (otherIsNewer && !otherSideHasIt && other->value != value) {
        history.conflictExpected = true;
        history.conflictAmbiguous = history.conflictAmbiguous || ambiguous;
        history.conflictOrgChanges.append(side == Side::Org ? change : *other);
    }
    if (side == Side::Local) {
        history.lastLocal = change;
        ++history.localChanges;
        ++m_localChanges;
    } else {
        history.lastOrg = change;
        ++history.orgChanges;
        ++m_orgChanges;
        noteOrgChange(at);
    }
}

void ChangeJournal::noteOrgChange(const QDateTime &at)
{
    if (!m_lastOrgChangeAt.isValid() || at > m_lastOrgChangeAt)
        m_lastOrgChangeAt = at;
}

} // namespace syncdesk::soak

#include "store/local_change_writer.h"

#include "store/outbox_store.h"
#include "store/record_store.h"
#include "store/store_time.h"

#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

bool LocalChangeWriter::apply(qint64 recordId, const QJsonObject &changedFields,
                              const QDateTime &changedAt)
{
    return inTransaction([&] {
        RecordStore records(m_db);
        std::optional<LocalRecord> record = records.find(recordId);
        if (!record) {
            takeErrorFrom(records);
            return false;
        }
        for (auto it = changedFields.begin(); it != changedFields.end(); ++it)
            record->fields.insert(it.key(), it.value());

        QSqlQuery update = prepared(u"UPDATE records SET fields_json = ?, sync_state = ?, "
                                    "updated_at = ? WHERE id = ?"_s);
        update.addBindValue(
            QString::fromUtf8(QJsonDocument(record->fields).toJson(QJsonDocument::Compact)));
        update.addBindValue(recordSyncStateName(RecordSyncState::Pending));
        update.addBindValue(store_time::toColumn(changedAt));
        update.addBindValue(recordId);
        if (!run(update))
            return false;

        OutboxStore outbox(m_db);
        for (auto it = changedFields.begin(); it != changedFields.end(); ++it) {
            if (!outbox.enqueue(recordId, it.key(), it.value(), changedAt)) {
                takeErrorFrom(outbox);
                return false;
            }
        }
        return true;
    });
}

} // namespace syncdesk

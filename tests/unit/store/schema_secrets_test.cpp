#include "store_fixture.h"

#include <QRegularExpression>
#include <QSqlField>
#include <QSqlRecord>

using namespace Qt::Literals::StringLiterals;

using SchemaSecrets = StoreTest;

// Tokens, secrets and passwords belong in the OS keychain: no column may be made
// to hold one, whatever a later migration adds.
TEST_F(SchemaSecrets, NoColumnIsNamedForASecret)
{
    openStore();
    const QRegularExpression secretLike(u"token|password|passwd|secret|credential|api_key"_s,
                                        QRegularExpression::CaseInsensitiveOption);
    const QStringList tables = m_db.tables();
    ASSERT_FALSE(tables.isEmpty());
    int columns = 0;
    for (const QString &table : tables) {
        EXPECT_FALSE(secretLike.match(table).hasMatch()) << table.toStdString();
        const QSqlRecord record = m_db.record(table);
        for (int i = 0; i < record.count(); ++i) {
            ++columns;
            EXPECT_FALSE(secretLike.match(record.fieldName(i)).hasMatch())
                << table.toStdString() << "." << record.fieldName(i).toStdString();
        }
    }
    EXPECT_GT(columns, 50); // the scan saw the real schema
}

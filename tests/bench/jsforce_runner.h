#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace syncdesk::bench {

// What one side did in one scenario.
struct SideFigures
{
    qint64 records = 0;
    double seconds = 0; // first request to last answer processed
    qint64 calls = 0;   // the sandbox's meter, after minus before
    // SyncDesk's rows only: CPU seconds of this process and of the sandbox meanwhile, the
    // split of the wall time between SyncDesk's own work and the org's.
    double localCpuSeconds = 0;
    double orgCpuSeconds = 0;
};

// Runs jsforce_side.mjs with node against the bench's sandbox and reads its figures.
class JsforceRunner
{
public:
    JsforceRunner(QString node, QString script, QUrl baseUrl);

    struct Work
    {
        int seed = 0;       // Contacts created first to grow the org (setup)
        QString importSoql; // empty: no import
        int creates = 0;
        int upserts = 0; // new Contacts by SyncDesk_Id__c, as SyncDesk sends them
        int updates = 0;
        int tasks = 0;
    };

    // Figures by step ("seed", "import", "creates", "upserts", "updates", "tasks"); exits the bench
    // if node fails or a step is missing.
    QHash<QString, SideFigures> run(const Work &work);

private:
    QString m_node;
    QString m_script;
    QUrl m_baseUrl;
};

} // namespace syncdesk::bench

#include "jsforce_runner.h"

#include "event_wait.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::bench {

JsforceRunner::JsforceRunner(QString node, QString script, QUrl baseUrl)
    : m_node(std::move(node))
    , m_script(std::move(script))
    , m_baseUrl(std::move(baseUrl))
{}

QHash<QString, SideFigures> JsforceRunner::run(const Work &work)
{
    QStringList arguments{m_script, u"--base"_s, m_baseUrl.toString()};
    QStringList expected;
    const auto add = [&](const QString &step, int count) {
        if (count <= 0)
            return;
        arguments << u"--"_s + step << QString::number(count);
        expected << step;
    };
    add(u"seed"_s, work.seed);
    if (!work.importSoql.isEmpty()) {
        arguments << u"--import-soql"_s << work.importSoql;
        expected << u"import"_s;
    }
    add(u"creates"_s, work.creates);
    add(u"upserts"_s, work.upserts);
    add(u"updates"_s, work.updates);
    add(u"tasks"_s, work.tasks);

    QProcess node;
    node.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const bool finished = awaitResult<bool>([&](std::function<void(bool)> done) {
        QObject::connect(&node, &QProcess::finished, [done] { done(true); });
        QObject::connect(&node, &QProcess::errorOccurred, [done](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart)
                done(false);
        });
        node.start(m_node, arguments);
    });
    if (!finished)
        failBench(u"%1 did not start (--node names the node binary)"_s.arg(m_node));
    if (node.exitStatus() != QProcess::NormalExit || node.exitCode() != 0)
        failBench(u"jsforce_side.mjs failed (exit code %1)"_s.arg(node.exitCode()));

    QHash<QString, SideFigures> figures;
    for (const QByteArray &line : node.readAllStandardOutput().split('\n')) {
        const QJsonObject step = QJsonDocument::fromJson(line).object();
        if (step.isEmpty())
            continue;
        figures.insert(step.value(u"step"_s).toString(),
                       SideFigures{step.value(u"records"_s).toInteger(),
                                   step.value(u"seconds"_s).toDouble(),
                                   step.value(u"calls"_s).toInteger()});
    }
    for (const QString &step : expected) {
        if (!figures.contains(step))
            failBench(u"jsforce_side.mjs reported no figures for %1"_s.arg(step));
    }
    return figures;
}

} // namespace syncdesk::bench

#include "sync/bulk_progress.h"

#include "sync/outbound_route.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk {

namespace {

// A translation context lupdate can see (a free function named tr hid the strings).
struct BulkProgressText
{
    Q_DECLARE_TR_FUNCTIONS(BulkProgress)
};

} // namespace

QJsonObject BulkProgress::toJson() const
{
    return QJsonObject{
        {u"running"_s, running},
        {u"direction"_s, direction == Direction::Send ? u"send"_s : u"read"_s},
        {u"object"_s, object},
        {u"processed"_s, processed},
        {u"total"_s, total},
        {u"calls"_s, calls},
        {u"secondsLeft"_s, secondsLeft},
        {u"why"_s, why},
        {u"cancelling"_s, cancelling},
    };
}

BulkProgress BulkProgress::fromJson(const QJsonObject &json)
{
    BulkProgress progress;
    progress.running = json.value(u"running"_s).toBool();
    progress.direction =
        json.value(u"direction"_s).toString() == u"read"_s ? Direction::Read : Direction::Send;
    progress.object = json.value(u"object"_s).toString();
    progress.processed = json.value(u"processed"_s).toInteger();
    progress.total = json.value(u"total"_s).toInteger();
    progress.calls = json.value(u"calls"_s).toInt();
    progress.secondsLeft = json.value(u"secondsLeft"_s).toInteger(-1);
    progress.why = json.value(u"why"_s).toString();
    progress.cancelling = json.value(u"cancelling"_s).toBool();
    return progress;
}

void BulkTimeLeft::restart(qint64 atMs, qint64 processed)
{
    m_firstAtMs = m_lastAtMs = atMs;
    m_firstProcessed = m_lastProcessed = processed;
}

void BulkTimeLeft::observe(qint64 atMs, qint64 processed)
{
    if (m_firstAtMs < 0 || processed < m_lastProcessed)
        return restart(atMs, processed);
    // The rate is measured from the last look that found nothing new processed: the time a
    // job waits in the org's queue says nothing about how fast it then goes.
    if (processed == m_firstProcessed)
        m_firstAtMs = atMs;
    m_lastAtMs = atMs;
    m_lastProcessed = processed;
}

qint64 BulkTimeLeft::secondsLeft(qint64 total) const
{
    if (total <= 0)
        return -1;
    const qint64 left = std::max<qint64>(0, total - m_lastProcessed);
    const qint64 done = m_lastProcessed - m_firstProcessed;
    const qint64 elapsedMs = m_lastAtMs - m_firstAtMs;
    if (done > 0 && elapsedMs > 0)
        return (left * elapsedMs + done * 1000 - 1) / (done * 1000);
    // Nothing measured yet: the guess the route was planned with.
    return qint64(double(left) / 10'000.0 * kBulkSecondsPer10kRecords + 0.999);
}

QString bulkTimeLeftText(qint64 secondsLeft)
{
    if (secondsLeft < 0)
        return {};
    if (secondsLeft < 60)
        return BulkProgressText::tr("less than a minute left");
    const int minutes = int((secondsLeft + 59) / 60);
    if (minutes < 90)
        return BulkProgressText::tr("about %n min left", nullptr, minutes);
    return BulkProgressText::tr("about %n h left", nullptr, int((minutes + 30) / 60));
}

QString bulkProgressText(const BulkProgress &progress)
{
    const QLocale locale;
    const bool send = progress.direction == BulkProgress::Direction::Send;
    QString head;
    if (progress.cancelling)
        head = BulkProgressText::tr("Cancelling the Bulk API job: %1 of %Ln record(s) processed",
                                    nullptr, int(progress.total))
                   .arg(locale.toString(progress.processed));
    else if (progress.total <= 0)
        head = send ? BulkProgressText::tr("Sending records through Bulk API")
                    : BulkProgressText::tr("Reading %Ln record(s) through Bulk API", nullptr,
                                           int(progress.processed));
    else
        head = (send ? BulkProgressText::tr("Sending %1 of %Ln record(s) through Bulk API", nullptr,
                                            int(progress.total))
                     : BulkProgressText::tr("Reading %1 of %Ln record(s) through Bulk API", nullptr,
                                            int(progress.total)))
                   .arg(locale.toString(progress.processed));
    QStringList parts{head, BulkProgressText::tr("%Ln call(s)", nullptr, progress.calls)};
    if (!progress.cancelling) {
        const QString left = bulkTimeLeftText(progress.secondsLeft);
        if (!left.isEmpty())
            parts.append(left);
    }
    return parts.join(u" · "_s);
}

} // namespace syncdesk

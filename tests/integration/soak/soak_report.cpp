#include "soak_report.h"

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace syncdesk::soak {

namespace {
constexpr int kExamples = 4;
} // namespace

SoakReport::SoakReport(QSet<QString> knownEngineGaps)
    : m_knownGaps(std::move(knownEngineGaps))
{}

void SoakReport::expect(const QString &invariant, const QString &meaning)
{
    if (!m_invariants.contains(invariant))
        m_order.append(invariant);
    m_invariants[invariant].meaning = meaning;
}

void SoakReport::broken(const QString &invariant, const QString &example)
{
    if (!m_invariants.contains(invariant))
        m_order.append(invariant);
    Invariant &entry = m_invariants[invariant];
    ++entry.count;
    if (entry.examples.size() < kExamples)
        entry.examples.append(example);
}

int SoakReport::violations(const QString &invariant) const
{
    return m_invariants.value(invariant).count;
}

QStringList SoakReport::print(quint32 seed) const
{
    QStringList failing;
    std::printf("\ninvariants (seed %u):\n", seed);
    for (const QString &name : m_order) {
        const Invariant &entry = m_invariants[name];
        const bool gap = m_knownGaps.contains(name);
        const char *verdict = entry.count == 0 ? "holds"
                              : gap ? "BROKEN, skipped: known engine gap (kKnownEngineGaps)"
                                    : "BROKEN";
        std::printf("  %-28s %s%s\n", qPrintable(name), verdict,
                    entry.count ? qPrintable(u" (%1 times)"_s.arg(entry.count)) : "");
        std::printf("      %s\n", qPrintable(entry.meaning));
        for (const QString &example : entry.examples)
            std::printf("      e.g. %s\n", qPrintable(example));
        if (entry.count > 0 && !gap)
            failing.append(name);
    }
    for (const QString &gap : m_knownGaps) {
        if (!m_invariants.contains(gap))
            std::printf("  (known gap %s is not an invariant of this run)\n", qPrintable(gap));
    }
    std::fflush(stdout);
    return failing;
}

} // namespace syncdesk::soak

#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace syncdesk::soak {

// The invariants the soak asserts, each with how often it was broken and a few examples
// (record, field, values) to start a replay from.
class SoakReport
{
public:
    explicit SoakReport(QSet<QString> knownEngineGaps);

    // Declares an invariant, so that it is listed as holding when nothing breaks it.
    void expect(const QString &invariant, const QString &meaning);
    void broken(const QString &invariant, const QString &example);
    int violations(const QString &invariant) const;

    // Prints every invariant: holds, BROKEN, or broken but skipped as a known engine gap.
    // Returns the invariants that fail the test (broken and not a known gap).
    QStringList print(quint32 seed) const;

private:
    struct Invariant
    {
        QString meaning;
        int count = 0;
        QStringList examples;
    };
    QSet<QString> m_knownGaps;
    QMap<QString, Invariant> m_invariants;
    QStringList m_order;
};

} // namespace syncdesk::soak

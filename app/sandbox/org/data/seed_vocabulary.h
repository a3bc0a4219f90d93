#pragma once

// The words seeded records are made of: names, companies, places.

#include <QStringList>

namespace syncdesk::sandbox::seed_vocabulary {

extern const QStringList firstNames;
extern const QStringList lastNames;
extern const QStringList companyRoots;
extern const QStringList companyKinds;
extern const QStringList titles;
extern const QStringList industries;
extern const QStringList leadSources;
extern const QStringList salutations;
extern const QStringList departments;
extern const QStringList streets;
extern const QStringList products;

struct City
{
    const char16_t *name;
    const char16_t *state;
    const char16_t *postalCode;
    const char16_t *areaCode;
};
extern const City cities[12];

} // namespace syncdesk::sandbox::seed_vocabulary

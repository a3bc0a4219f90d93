#pragma once

#include <QString>
#include <array>
#include <optional>
#include <utility>

namespace syncdesk {

// The text each enumerator is stored as, in one table per enum, so a column's CHECK
// list and the C++ enum are compared in one place.
template <typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, const char16_t *>, N>;

template <typename Enum, std::size_t N>
QString enumToColumn(const EnumNames<Enum, N> &names, Enum value)
{
    for (const auto &[enumerator, name] : names) {
        if (enumerator == value)
            return QString::fromUtf16(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromColumn(const EnumNames<Enum, N> &names, const QString &text)
{
    for (const auto &[enumerator, name] : names) {
        if (text == QString::fromUtf16(name))
            return enumerator;
    }
    return std::nullopt;
}

} // namespace syncdesk

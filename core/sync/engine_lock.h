#pragma once

#include <QLockFile>
#include <QString>
#include <memory>
#include <optional>

namespace syncdesk {

// Only one sync engine may run on a state folder at a time, whichever program runs it:
// both hold the QLockFile at AppPaths::engineLockPath().
class EngineLock
{
public:
    explicit EngineLock(QString lockPath);

    // The process that holds the lock now, without taking it (status must not stop an
    // engine from starting); nullopt when none does.
    std::optional<qint64> holderPid() const;
    // Takes the lock for this process; false when another live process holds it.
    bool acquire();

private:
    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace syncdesk

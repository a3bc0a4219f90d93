#include "sync/engine_lock.h"

#include <QFileInfo>
#include <cerrno>
#include <csignal>

namespace syncdesk {

EngineLock::EngineLock(QString lockPath)
    : m_path(std::move(lockPath))
{}

std::optional<qint64> EngineLock::holderPid() const
{
    if (!QFileInfo::exists(m_path))
        return std::nullopt;
    QLockFile reader(m_path);
    qint64 pid = 0;
    QString hostname;
    QString appname;
    if (!reader.getLockInfo(&pid, &hostname, &appname) || pid <= 0)
        return std::nullopt;
    // A lock left by a crashed engine names a process that is gone.
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return std::nullopt;
    return pid;
}

bool EngineLock::acquire()
{
    m_lock = std::make_unique<QLockFile>(m_path);
    // Never stale by age: an engine may run for weeks. A dead holder is still noticed.
    m_lock->setStaleLockTime(0);
    return m_lock->tryLock(0);
}

} // namespace syncdesk

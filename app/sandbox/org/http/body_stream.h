#pragma once

#include <QByteArray>

namespace syncdesk::sandbox {

// A response body too big to build in memory at once (an event log file of
// hundreds of thousands of rows): the transport pulls it in pieces as the
// socket drains. Its size is known up front, for Content-Length.
class BodyStream
{
public:
    virtual ~BodyStream() = default;
    virtual qint64 size() const = 0;
    // Appends the next piece, about `maxBytes` long, to `out`; false when the body is done.
    virtual bool readChunk(QByteArray *out, qint64 maxBytes) = 0;

    QByteArray readAll()
    {
        QByteArray all;
        all.reserve(size());
        while (readChunk(&all, 1 << 20)) {
        }
        return all;
    }
};

} // namespace syncdesk::sandbox

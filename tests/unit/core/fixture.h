#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Reads a payload from tests/data; empty when the file is missing, which every
// test that uses one then fails on.
inline QByteArray readTestData(const char *relativePath)
{
    QFile file(QStringLiteral(SYNCDESK_TEST_DATA_DIR "/") + QString::fromUtf8(relativePath));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

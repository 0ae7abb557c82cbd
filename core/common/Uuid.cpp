#include "Uuid.h"

#include "Clock.h"

#include <QRandomGenerator>
#include <QUuid>

namespace Kontor {

QString Uuid::createV7(const Clock &clock)
{
    const quint64 ms = quint64(clock.nowMs()) & 0xFFFFFFFFFFFFull;
    quint64 random[2];
    QRandomGenerator::system()->fillRange(random);
    QByteArray bytes(16, '\0');
    for (int i = 0; i < 6; ++i) {
        bytes[i] = char(quint8(ms >> (40 - 8 * i)));
    }
    for (int i = 6; i < 16; ++i) {
        bytes[i] = char(quint8(random[i / 8] >> (8 * (i % 8))));
    }
    bytes[6] = char(0x70 | (quint8(bytes[6]) & 0x0F)); // version 7
    bytes[8] = char(0x80 | (quint8(bytes[8]) & 0x3F)); // RFC variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace Kontor

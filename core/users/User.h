#pragma once

#include <QString>

namespace Kontor {

struct User
{
    qint64 id = 0;
    QString uuid;
    QString name;
    QString email;
    qint64 teamId = 0;
    bool isLocal = false; // the person using this desktop
};

} // namespace Kontor

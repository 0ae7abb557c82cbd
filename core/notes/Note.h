#pragma once

#include "TimelineEntry.h"

#include <QString>

namespace Kontor {

// A note on a contact: free text with who wrote and last changed it.
struct Note
{
    qint64 id = 0;
    QString uuid;
    qint64 contactId = 0;
    QString body;
    qint64 createdAt = 0;
    qint64 createdBy = 0;
    QString createdByName;
    qint64 updatedAt = 0;
    qint64 updatedBy = 0;
    QString updatedByName;
};

} // namespace Kontor

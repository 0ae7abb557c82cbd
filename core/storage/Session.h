#pragma once

#include <QString>

namespace Kontor {

// Where a change came from; stored with every audit and change-log entry.
enum class Origin
{
    Ui,
    Cli,
    Import,
    Bulk,
    Sync,
};

QString originKey(Origin origin); // "ui", "cli", "import", "bulk", "sync"

// Who acts and through which door. Every service call takes one.
struct Session
{
    qint64 userId = 0;
    qint64 teamId = 0;
    Origin origin = Origin::Ui;
    qint64 batchId = 0; // an import or bulk job that groups the changes; 0 for single actions
};

} // namespace Kontor

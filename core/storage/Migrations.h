#pragma once

#include "Result.h"

namespace Kontor {

class Database;

// Versioned schema steps, kept in PRAGMA user_version. Each step runs in its own transaction: a failed step
// leaves the database at the version before it. Steps are never edited once released; a change is a new step.
namespace Migrations {
int latestVersion();
// Migrates up to `target` (-1: the newest). Fails with Error::Code::Unsupported for a newer database.
Result<void> migrate(Database &db, int target = -1);
} // namespace Migrations

} // namespace Kontor

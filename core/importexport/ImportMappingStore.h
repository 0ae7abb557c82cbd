#pragma once

#include "ImportMapping.h"
#include "Result.h"

#include <optional>

namespace Kontor {

class Database;

// Mappings the user adjusted, remembered per file header (table `import_mappings`): the next file with the
// same columns starts from them instead of the automatic guess.
class ImportMappingStore
{
public:
    explicit ImportMappingStore(Database &db);

    Result<std::optional<ImportMapping>> find(const QStringList &headers, ContactKind kind) const;
    Result<void> remember(const QStringList &headers, ContactKind kind, const ImportMapping &mapping);

private:
    Database &m_db;
};

} // namespace Kontor

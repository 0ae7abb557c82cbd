#pragma once

#include "CustomField.h"
#include "ImportService.h"
#include "users/User.h"

namespace Kontor {

// What the pages of the ImportWizard share: the file, what probing found, the mapping and options the user
// chose, and the outcome of the review and of the run.
struct ImportWizardState
{
    QString path;
    ImportOptions options; // table options (overrides), kind, mapping, policy, fixes... as run() gets them
    ProbeResult probe;
    quint64 probeGeneration = 0; // bumps with every successful probe; the mapping page rebuilds on a change
    ImportMapping suggestedMapping; // remembered or guessed for probe + kind
    QList<CustomField> customFields;
    QList<User> users;
    std::optional<ImportReview> review;
    std::optional<ImportReport> report;
    QString jobName; // of the batch run() wrote

    bool isVCard() const { return probe.format == ImportFormat::VCard; }
};

} // namespace Kontor

#pragma once

class QJsonObject;

namespace Kontor {

struct JobItem;

// Fills item.before / item.after with the fields a save changed, from ContactFields snapshots (Sync purpose) of
// the contact before and after it: only the keys whose value differs, `before` without the keys that were
// empty, `after` without those that became empty. This is what JobService::undo compares and restores.
void setChangedFields(JobItem &item, const QJsonObject &before, const QJsonObject &after);

} // namespace Kontor

#include "JobItemChanges.h"

#include "Job.h"

#include <QJsonObject>

namespace Kontor {

void setChangedFields(JobItem &item, const QJsonObject &before, const QJsonObject &after)
{
    QStringList keys = before.keys();
    for (const QString &k : after.keys()) {
        if (!keys.contains(k)) {
            keys << k;
        }
    }
    for (const QString &k : std::as_const(keys)) {
        if (before.value(k) != after.value(k)) {
            if (before.contains(k)) {
                item.before.insert(k, before.value(k));
            }
            if (after.contains(k)) {
                item.after.insert(k, after.value(k));
            }
        }
    }
}

} // namespace Kontor

#include "Task.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

QString Task::statusKey(Status status)
{
    return status == Status::Done ? u"done"_s : u"open"_s;
}

bool Task::statusFromKey(const QString &key, Status *status)
{
    const QString lower = key.trimmed().toLower();
    if (lower != u"open"_s && lower != u"done"_s) {
        return false;
    }
    if (status) {
        *status = lower == u"done"_s ? Status::Done : Status::Open;
    }
    return true;
}

} // namespace Kontor

#include "ProfileText.h"

#include <QDateTime>
#include <QLocale>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
// Multi-line values (addresses, notes) would break the sentence; one line each is enough to see what changed.
QString oneLine(const QString &value)
{
    QString line = value.simplified();
    if (line.size() > 200) {
        line = line.left(199) + u'…';
    }
    return line;
}
} // namespace

QString ProfileText::change(const QString &userName,
    const QString &action,
    const QString &fieldLabel,
    const QString &oldValue,
    const QString &newValue)
{
    const QString who = user(userName);
    if (action == u"create"_s) {
        return tr("%1 created the contact").arg(who);
    }
    if (action == u"trash"_s) {
        return tr("%1 moved the contact to the trash").arg(who);
    }
    if (action == u"restore"_s) {
        return tr("%1 restored the contact").arg(who);
    }
    if (oldValue.isEmpty()) {
        //: %1 user, %2 field, %3 new value
        return tr("%1 set %2: %3").arg(who, fieldLabel, oneLine(newValue));
    }
    if (newValue.isEmpty()) {
        //: %1 user, %2 field, %3 old value
        return tr("%1 cleared %2 (was %3)").arg(who, fieldLabel, oneLine(oldValue));
    }
    //: %1 user, %2 field, %3 old value, %4 new value
    return tr("%1 changed %2: %3 → %4").arg(who, fieldLabel, oneLine(oldValue), oneLine(newValue));
}

QString ProfileText::oldToNew(const QString &oldValue, const QString &newValue)
{
    return u"%1 → %2"_s.arg(oneLine(oldValue), oneLine(newValue)).trimmed();
}

QString ProfileText::action(const QString &action)
{
    if (action == u"create"_s) {
        return tr("Created");
    }
    if (action == u"update"_s) {
        return tr("Changed");
    }
    if (action == u"trash"_s) {
        return tr("Moved to the trash");
    }
    if (action == u"restore"_s) {
        return tr("Restored");
    }
    return action;
}

QString ProfileText::origin(const QString &originKey)
{
    if (originKey == u"ui"_s) {
        return tr("Desktop");
    }
    if (originKey == u"cli"_s) {
        return tr("Command line");
    }
    if (originKey == u"import"_s) {
        return tr("Import");
    }
    if (originKey == u"bulk"_s) {
        return tr("Bulk change");
    }
    if (originKey == u"sync"_s) {
        return tr("Sync");
    }
    return originKey;
}

QString ProfileText::dateTime(qint64 utcMs)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(utcMs).toLocalTime(), QLocale::ShortFormat);
}

QString ProfileText::user(const QString &name)
{
    return name.isEmpty() ? tr("Someone") : name;
}

} // namespace Kontor

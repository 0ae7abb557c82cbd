#pragma once

#include <QCoreApplication>
#include <QString>

namespace Kontor {

// Sentences the timeline, the Activity tab and the notes list share, so a change reads the same everywhere.
class ProfileText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileText)

public:
    // "Anna changed Job title: Sales → Head of sales"; create, trash and restore as their own sentences.
    static QString change(const QString &userName,
        const QString &action,
        const QString &fieldLabel,
        const QString &oldValue,
        const QString &newValue);
    // "old → new", "→ new", "old →".
    static QString oldToNew(const QString &oldValue, const QString &newValue);
    static QString action(const QString &action);
    static QString origin(const QString &originKey);
    static QString dateTime(qint64 utcMs);
    static QString user(const QString &name);
};

} // namespace Kontor

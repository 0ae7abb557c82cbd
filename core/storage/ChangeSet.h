#pragma once

#include <QMetaType>
#include <QSet>
#include <QString>

namespace Kontor {

// What one committed UnitOfWork touched; models refresh from it.
struct ChangeSet
{
    QSet<qint64> createdContacts;
    QSet<qint64> updatedContacts;
    QSet<qint64> trashedContacts;
    QSet<qint64> restoredContacts;
    QSet<qint64> purgedContacts;
    QSet<QString> otherEntities; // e.g. "custom_field", "user", "settings"

    bool isEmpty() const
    {
        return createdContacts.isEmpty() && updatedContacts.isEmpty() && trashedContacts.isEmpty()
            && restoredContacts.isEmpty() && purgedContacts.isEmpty() && otherEntities.isEmpty();
    }
    void merge(const ChangeSet &other);
};

} // namespace Kontor

Q_DECLARE_METATYPE(Kontor::ChangeSet)

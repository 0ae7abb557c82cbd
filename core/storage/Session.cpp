#include "Session.h"

#include "ChangeSet.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

QString originKey(Origin origin)
{
    switch (origin) {
    case Origin::Ui:
        return u"ui"_s;
    case Origin::Cli:
        return u"cli"_s;
    case Origin::Import:
        return u"import"_s;
    case Origin::Bulk:
        return u"bulk"_s;
    case Origin::Sync:
        return u"sync"_s;
    }
    return u"ui"_s;
}

void ChangeSet::merge(const ChangeSet &other)
{
    createdContacts.unite(other.createdContacts);
    updatedContacts.unite(other.updatedContacts);
    trashedContacts.unite(other.trashedContacts);
    restoredContacts.unite(other.restoredContacts);
    purgedContacts.unite(other.purgedContacts);
    otherEntities.unite(other.otherEntities);
}

} // namespace Kontor

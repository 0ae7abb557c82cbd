#pragma once

#include "customfields/CustomField.h"
#include "users/User.h"

#include <QList>
#include <QStringList>

namespace Kontor {

// What the details column needs besides the contact to offer its choices: users, custom fields, contact types.
struct ProfileReferences
{
    QList<User> users;
    QList<CustomFieldFolder> folders;
    QList<CustomField> fields;
    QStringList contactTypes;
};

} // namespace Kontor

#pragma once

#include "FieldBinding.h"
#include "customfields/CustomField.h"

#include <QCoreApplication>

namespace Kontor {

// The FieldBinding of one custom field: an editor per field type, values checked with CustomFieldValues.
class CustomFieldBinding
{
    Q_DECLARE_TR_FUNCTIONS(CustomFieldBinding)

public:
    static FieldBinding make(const CustomField &field);
    // A canonical value as people read it (dates in the locale's form, checkboxes as Yes/No).
    static QString displayText(const CustomField &field, const QString &canonical);
};

} // namespace Kontor

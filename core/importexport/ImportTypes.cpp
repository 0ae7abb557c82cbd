#include "ImportTypes.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

QString importFormatKey(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return u"auto"_s;
    case ImportFormat::Csv:
        return u"csv"_s;
    case ImportFormat::Xlsx:
        return u"xlsx"_s;
    case ImportFormat::Xls:
        return u"xls"_s;
    case ImportFormat::VCard:
        return u"vcf"_s;
    }
    return u"auto"_s;
}

bool importFormatFromKey(const QString &key, ImportFormat *out)
{
    const QString k = key.trimmed().toLower();
    ImportFormat format;
    if (k == u"auto") {
        format = ImportFormat::Auto;
    } else if (k == u"csv" || k == u"tsv" || k == u"txt") {
        // TSV and plain text are delimited text: the delimiter is detected, not implied by the name.
        format = ImportFormat::Csv;
    } else if (k == u"xlsx") {
        format = ImportFormat::Xlsx;
    } else if (k == u"xls") {
        format = ImportFormat::Xls;
    } else if (k == u"vcf" || k == u"vcard") {
        format = ImportFormat::VCard;
    } else {
        return false;
    }
    if (out) {
        *out = format;
    }
    return true;
}

QString duplicatePolicyKey(DuplicatePolicy policy)
{
    switch (policy) {
    case DuplicatePolicy::Skip:
        return u"skip"_s;
    case DuplicatePolicy::Update:
        return u"update"_s;
    case DuplicatePolicy::Create:
        return u"create"_s;
    }
    return u"skip"_s;
}

bool duplicatePolicyFromKey(const QString &key, DuplicatePolicy *out)
{
    const QString k = key.trimmed().toLower();
    DuplicatePolicy policy;
    if (k == u"skip") {
        policy = DuplicatePolicy::Skip;
    } else if (k == u"update") {
        policy = DuplicatePolicy::Update;
    } else if (k == u"create") {
        policy = DuplicatePolicy::Create;
    } else {
        return false;
    }
    if (out) {
        *out = policy;
    }
    return true;
}

} // namespace Kontor

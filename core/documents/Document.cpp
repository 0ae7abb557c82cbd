#include "Document.h"

#include <QCoreApplication>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Document)
};
} // namespace

QString Document::categoryKey(Category category)
{
    switch (category) {
    case Category::Internal:
        return u"internal"_s;
    case Category::Sent:
        return u"sent"_s;
    case Category::Received:
        return u"received"_s;
    }
    return u"internal"_s;
}

bool Document::categoryFromKey(const QString &key, Category *category)
{
    for (Category c : {Category::Internal, Category::Sent, Category::Received}) {
        if (key.compare(categoryKey(c), Qt::CaseInsensitive) == 0) {
            if (category) {
                *category = c;
            }
            return true;
        }
    }
    return false;
}

QString Document::categoryLabel(Category category)
{
    switch (category) {
    case Category::Internal:
        return Tr::tr("Internal", "document category");
    case Category::Sent:
        return Tr::tr("Sent", "document category");
    case Category::Received:
        return Tr::tr("Received", "document category");
    }
    return {};
}

} // namespace Kontor

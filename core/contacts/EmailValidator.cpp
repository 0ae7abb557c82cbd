#include "EmailValidator.h"

#include <QCoreApplication>
#include <QUrl>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EmailValidator)
};

bool isAtext(QChar c)
{
    if (c.unicode() > 127) {
        return c.isLetterOrNumber(); // RFC 6531 allows UTF-8 local parts
    }
    if (c.isLetterOrNumber()) {
        return true;
    }
    return u"!#$%&'*+-/=?^_`{|}~"_s.contains(c);
}
} // namespace

QString EmailValidator::problem(const QString &address)
{
    if (address.isEmpty()) {
        return Tr::tr("The e-mail address is empty.");
    }
    for (const QChar c : address) {
        if (c.isSpace()) {
            return Tr::tr("An e-mail address must not contain spaces.");
        }
    }
    if (address.size() > 254) {
        return Tr::tr("The e-mail address is longer than 254 characters.");
    }
    const int at = address.indexOf(u'@');
    if (at < 0) {
        return Tr::tr("An e-mail address needs an \"@\".");
    }
    if (address.indexOf(u'@', at + 1) >= 0) {
        return Tr::tr("An e-mail address has exactly one \"@\".");
    }
    const QString local = address.left(at);
    const QString domain = address.mid(at + 1);
    if (local.isEmpty()) {
        return Tr::tr("The part before the \"@\" is missing.");
    }
    if (local.size() > 64) {
        return Tr::tr("The part before the \"@\" is longer than 64 characters.");
    }
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."_s)) {
        return Tr::tr("The part before the \"@\" has a misplaced dot.");
    }
    for (const QChar c : local) {
        if (c != u'.' && !isAtext(c)) {
            return Tr::tr("The part before the \"@\" contains the character \"%1\".").arg(c);
        }
    }
    if (domain.isEmpty()) {
        return Tr::tr("The domain after the \"@\" is missing.");
    }
    const QByteArray ace = QUrl::toAce(domain);
    if (ace.isEmpty()) {
        return Tr::tr("The domain \"%1\" is not a valid domain name.").arg(domain);
    }
    const QList<QByteArray> labels = ace.split('.');
    if (labels.size() < 2) {
        return Tr::tr("The domain \"%1\" needs a dot, as in example.com.").arg(domain);
    }
    for (const QByteArray &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-')) {
            return Tr::tr("The domain \"%1\" is not a valid domain name.").arg(domain);
        }
        for (const char c : label) {
            const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
            if (!ok) {
                return Tr::tr("The domain \"%1\" is not a valid domain name.").arg(domain);
            }
        }
    }
    const QByteArray &tld = labels.last();
    bool numeric = true;
    for (const char c : tld) {
        numeric = numeric && c >= '0' && c <= '9';
    }
    if (numeric || tld.size() < 2) {
        return Tr::tr("The domain \"%1\" does not end in a valid top-level domain.").arg(domain);
    }
    return {};
}

} // namespace Kontor

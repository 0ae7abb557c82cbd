#include "ArgumentParser.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

bool ParsedArguments::isSet(const QString &name) const
{
    for (const auto &o : options) {
        if (o.name == name) {
            return true;
        }
    }
    return false;
}

QString ParsedArguments::value(const QString &name) const
{
    QString last;
    for (const auto &o : options) {
        if (o.name == name) {
            last = o.value;
        }
    }
    return last;
}

QStringList ParsedArguments::values(const QString &name) const
{
    QStringList all;
    for (const auto &o : options) {
        if (o.name == name) {
            all << o.value;
        }
    }
    return all;
}

bool ArgumentParser::parse(
    const QStringList &arguments, const QList<OptionSpec> &specs, ParsedArguments *out, QString *problem)
{
    const auto findSpec = [&specs](const QString &name) -> const OptionSpec * {
        for (const auto &s : specs) {
            if (s.name == name) {
                return &s;
            }
        }
        return nullptr;
    };

    bool onlyPositionals = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (onlyPositionals || !arg.startsWith(u"--"_s) || arg.size() == 2) {
            if (!onlyPositionals && arg == u"--"_s) {
                onlyPositionals = true;
            } else {
                out->positionals << arg;
            }
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
            value = name.mid(eq + 1);
            name.truncate(eq);
            inlineValue = true;
        }
        const OptionSpec *spec = findSpec(name);
        if (!spec) {
            *problem = tr("unknown option \"--%1\"").arg(name);
            return false;
        }
        if (spec->takesValue && !inlineValue) {
            if (i + 1 >= arguments.size()) {
                *problem = tr("option \"--%1\" needs a value").arg(name);
                return false;
            }
            value = arguments.at(++i);
        } else if (!spec->takesValue && inlineValue) {
            *problem = tr("option \"--%1\" takes no value").arg(name);
            return false;
        }
        out->options.append({name, value});
    }
    return true;
}

bool ArgumentParser::parseCount(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const qlonglong n = text.trimmed().toLongLong(&ok);
    if (!ok || n < min || n > max) {
        return false;
    }
    *out = int(n);
    return true;
}

} // namespace Kontor

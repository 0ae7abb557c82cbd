#include "FilterExpression.h"

#include <QRegularExpression>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FilterExpression)
};

struct Token
{
    enum class Type
    {
        Word, // keywords, field names and bare values (numbers, dates, true)
        String, // "..." with \" and \\ escapes
        Symbol, // ( ) , = != < >
        End,
    };
    Type type = Type::End;
    QString text;
    int position = 0; // 1-based
};

bool isSymbolChar(QChar c)
{
    return c == u'(' || c == u')' || c == u',' || c == u'=' || c == u'!' || c == u'<' || c == u'>' || c == u'"';
}

Error syntaxError(const QString &message, int position)
{
    Error e = makeError(Error::Code::Invalid, message);
    e.location.column = position;
    return e;
}

Result<QList<Token>> tokenize(const QString &text)
{
    QList<Token> tokens;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.position = i + 1;
        if (c == u'"') {
            t.type = Token::Type::String;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar d = text.at(i);
                if (d == u'\\' && i + 1 < n) {
                    t.text += text.at(i + 1);
                    i += 2;
                } else if (d == u'"') {
                    closed = true;
                    ++i;
                    break;
                } else {
                    t.text += d;
                    ++i;
                }
            }
            if (!closed) {
                return syntaxError(
                    Tr::tr("The text starting at position %1 has no closing quote.").arg(t.position), t.position);
            }
        } else if (c == u'!' || c == u'<' || c == u'>' || c == u'=' || c == u'(' || c == u')' || c == u',') {
            t.type = Token::Type::Symbol;
            t.text = c;
            ++i;
            if (c == u'!') {
                if (i >= n || text.at(i) != u'=') {
                    return syntaxError(
                        Tr::tr("Unexpected \"!\" at position %1; did you mean \"!=\"?").arg(t.position), t.position);
                }
                t.text += u'=';
                ++i;
            }
        } else {
            t.type = Token::Type::Word;
            while (i < n && !text.at(i).isSpace() && !isSymbolChar(text.at(i))) {
                t.text += text.at(i++);
            }
        }
        tokens << t;
    }
    Token end;
    end.position = n + 1;
    tokens << end;
    return tokens;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    {}

    Result<FilterNode> parseAll()
    {
        auto node = parseOr();
        if (!node) {
            return node;
        }
        if (peek().type != Token::Type::End) {
            return syntaxError(Tr::tr("Expected \"and\", \"or\" or the end of the filter at position %1, found %2.")
                                   .arg(peek().position)
                                   .arg(describe(peek())),
                peek().position);
        }
        return node;
    }

private:
    const Token &peek(int ahead = 0) const { return m_tokens.at(qMin(m_pos + ahead, int(m_tokens.size()) - 1)); }
    const Token &next() { return m_tokens.at(qMin(m_pos++, int(m_tokens.size()) - 1)); }
    bool isWord(const Token &t, const char16_t *keyword) const
    {
        return t.type == Token::Type::Word && t.text.compare(QString::fromUtf16(keyword), Qt::CaseInsensitive) == 0;
    }
    bool acceptWord(const char16_t *keyword)
    {
        if (isWord(peek(), keyword)) {
            ++m_pos;
            return true;
        }
        return false;
    }
    bool acceptSymbol(const char16_t *symbol)
    {
        if (peek().type == Token::Type::Symbol && peek().text == QString::fromUtf16(symbol)) {
            ++m_pos;
            return true;
        }
        return false;
    }
    static QString describe(const Token &t)
    {
        switch (t.type) {
        case Token::Type::End:
            return Tr::tr("the end");
        case Token::Type::String:
            return u"\"%1\""_s.arg(t.text);
        default:
            return u"\"%1\""_s.arg(t.text);
        }
    }
    Error expected(const QString &what, const QString &after) const
    {
        return syntaxError(
            Tr::tr("Expected %1 after \"%2\" at position %3.").arg(what, after).arg(peek().position), peek().position);
    }

    // Combines children of the same kind into one group, so that "a and (b and c)" is the tree of "a and b and c".
    static void append(FilterNode &group, FilterNode child)
    {
        if (child.kind == group.kind) {
            for (auto &c : child.children) {
                group.children.push_back(std::move(c));
            }
        } else {
            group.children.push_back(std::move(child));
        }
    }

    Result<FilterNode> parseGroup(FilterNode::Kind kind, const char16_t *keyword, bool orLevel)
    {
        auto first = orLevel ? parseGroup(FilterNode::Kind::And, u"and", false) : parseUnary();
        if (!first) {
            return first;
        }
        if (!isWord(peek(), keyword)) {
            return first;
        }
        FilterNode group;
        group.kind = kind;
        append(group, std::move(*first));
        while (acceptWord(keyword)) {
            auto more = orLevel ? parseGroup(FilterNode::Kind::And, u"and", false) : parseUnary();
            if (!more) {
                return more;
            }
            append(group, std::move(*more));
        }
        return group;
    }

    Result<FilterNode> parseOr() { return parseGroup(FilterNode::Kind::Or, u"or", true); }

    Result<FilterNode> parseUnary()
    {
        if (acceptWord(u"not")) {
            auto inner = parseUnary();
            if (!inner) {
                return inner;
            }
            FilterNode n;
            n.kind = FilterNode::Kind::Not;
            n.children.push_back(std::move(*inner));
            return n;
        }
        if (peek().type == Token::Type::Symbol && peek().text == u"("_s) {
            const int open = next().position;
            if (peek().type == Token::Type::Symbol && peek().text == u")"_s) {
                return syntaxError(Tr::tr("Empty parentheses at position %1.").arg(open), open);
            }
            auto inner = parseOr();
            if (!inner) {
                return inner;
            }
            if (!acceptSymbol(u")")) {
                return syntaxError(Tr::tr("Expected \")\" to close the \"(\" at position %1, found %2 at position %3.")
                                       .arg(open)
                                       .arg(describe(peek()))
                                       .arg(peek().position),
                    peek().position);
            }
            return inner;
        }
        return parseCondition();
    }

    Result<QString> parseField()
    {
        const Token &t = peek();
        if (t.type != Token::Type::Word || isReserved(t.text)) {
            return syntaxError(
                Tr::tr("Expected a field name at position %1, found %2.").arg(t.position).arg(describe(t)), t.position);
        }
        next();
        QString field = t.text;
        // custom."Name with spaces": the word "custom." directly followed by a string.
        if (field.endsWith(u'.') && peek().type == Token::Type::String
            && peek().position == t.position + t.text.size()) {
            field += next().text;
        }
        return field;
    }

    static bool isReserved(const QString &word)
    {
        static const QStringList reserved = {u"and"_s, u"or"_s, u"not"_s};
        return reserved.contains(word.toLower());
    }

    Result<QString> parseValue(const QString &after)
    {
        const Token &t = peek();
        if (t.type == Token::Type::String || (t.type == Token::Type::Word && !isReserved(t.text))) {
            return next().text;
        }
        return expected(Tr::tr("a value"), after);
    }

    // ("a", "b") or a single value.
    Result<QStringList> parseList(const QString &after, bool allowSingle)
    {
        if (!acceptSymbol(u"(")) {
            if (allowSingle) {
                auto v = parseValue(after);
                if (!v) {
                    return v.error();
                }
                return QStringList{*v};
            }
            return expected(Tr::tr("a list in parentheses"), after);
        }
        QStringList values;
        do {
            auto v = parseValue(values.isEmpty() ? u"("_s : u","_s);
            if (!v) {
                return v.error();
            }
            values << *v;
        } while (acceptSymbol(u","));
        if (!acceptSymbol(u")")) {
            return expected(Tr::tr("\",\" or \")\""), values.last());
        }
        return values;
    }

    Result<FilterNode> parseCondition()
    {
        auto field = parseField();
        if (!field) {
            return field.error();
        }
        FilterNode node;
        node.kind = FilterNode::Kind::Condition;
        FilterCondition &c = node.condition;
        c.field = *field;
        const Token op = peek();
        auto single = [&](FilterOperator o, const QString &after) -> Result<FilterNode> {
            c.op = o;
            auto v = parseValue(after);
            if (!v) {
                return v.error();
            }
            c.values = {*v};
            return node;
        };
        if (acceptSymbol(u"=")) {
            if (acceptWord(u"me")) {
                c.op = FilterOperator::IsMe;
                return node;
            }
            return single(FilterOperator::Is, u"="_s);
        }
        if (acceptSymbol(u"!=")) {
            return single(FilterOperator::IsNot, u"!="_s);
        }
        if (acceptSymbol(u"<")) {
            return single(FilterOperator::Less, u"<"_s);
        }
        if (acceptSymbol(u">")) {
            return single(FilterOperator::Greater, u">"_s);
        }
        if (acceptWord(u"is")) {
            if (acceptWord(u"empty")) {
                c.op = FilterOperator::IsEmpty;
                return node;
            }
            if (acceptWord(u"me")) {
                c.op = FilterOperator::IsMe;
                return node;
            }
            if (acceptWord(u"not")) {
                if (acceptWord(u"empty")) {
                    c.op = FilterOperator::IsNotEmpty;
                    return node;
                }
                return single(FilterOperator::IsNot, u"is not"_s);
            }
            return single(FilterOperator::Is, u"is"_s);
        }
        if (acceptWord(u"contains")) {
            return single(FilterOperator::Contains, u"contains"_s);
        }
        if (acceptWord(u"starts")) {
            if (!acceptWord(u"with")) {
                return expected(u"\"with\""_s, u"starts"_s);
            }
            return single(FilterOperator::StartsWith, u"starts with"_s);
        }
        if (acceptWord(u"before")) {
            return single(FilterOperator::Before, u"before"_s);
        }
        if (acceptWord(u"after")) {
            return single(FilterOperator::After, u"after"_s);
        }
        if (acceptWord(u"between")) {
            c.op = FilterOperator::Between;
            auto from = parseValue(u"between"_s);
            if (!from) {
                return from.error();
            }
            if (!acceptWord(u"and")) {
                return expected(u"\"and\""_s, *from);
            }
            auto to = parseValue(u"and"_s);
            if (!to) {
                return to.error();
            }
            c.values = {*from, *to};
            return node;
        }
        if (acceptWord(u"in")) {
            const bool last = isWord(peek(), u"last");
            if (last || isWord(peek(), u"next")) {
                const QString which = next().text;
                c.op = last ? FilterOperator::InLastDays : FilterOperator::InNextDays;
                const Token &count = peek();
                bool ok = false;
                const int days = count.text.toInt(&ok);
                if (count.type != Token::Type::Word || !ok || days < 0) {
                    return expected(Tr::tr("a number of days"), which);
                }
                next();
                if (!acceptWord(u"days") && !acceptWord(u"day")) {
                    return expected(u"\"days\""_s, count.text);
                }
                c.values = {QString::number(days)};
                return node;
            }
            c.op = FilterOperator::IsAnyOf;
            auto list = parseList(u"in"_s, false);
            if (!list) {
                return list.error();
            }
            c.values = *list;
            return node;
        }
        if (acceptWord(u"has")) {
            c.op = FilterOperator::HasAny;
            QString after = u"has"_s;
            if (acceptWord(u"any")) {
                after = u"has any"_s;
            } else if (acceptWord(u"all")) {
                c.op = FilterOperator::HasAll;
                after = u"has all"_s;
            } else if (acceptWord(u"none")) {
                c.op = FilterOperator::HasNone;
                after = u"has none"_s;
            }
            auto list = parseList(after, true);
            if (!list) {
                return list.error();
            }
            c.values = *list;
            return node;
        }
        return syntaxError(Tr::tr("Expected an operator after \"%1\" at position %2, found %3.")
                               .arg(c.field)
                               .arg(op.position)
                               .arg(describe(op)),
            op.position);
    }

    QList<Token> m_tokens;
    int m_pos = 0;
};

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u'"' + escaped + u'"';
}

// Numbers, dates and booleans print bare; anything else is quoted so that it can never read as a key word.
QString valueText(const QString &value)
{
    static const QRegularExpression bare(u"^(-?\\d+(\\.\\d+)?|\\d{4}-\\d{2}-\\d{2}|--\\d{2}-\\d{2}|true|false)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return bare.match(value).hasMatch() ? value : quoted(value);
}

QString fieldText(const QString &field)
{
    static const QRegularExpression plain(u"^[\\w]+$"_s, QRegularExpression::UseUnicodePropertiesOption);
    if (field.startsWith(u"custom."_s, Qt::CaseInsensitive)) {
        const QString name = field.mid(7);
        return field.left(7) + (plain.match(name).hasMatch() ? name : quoted(name));
    }
    return field;
}

QString listText(const QStringList &values)
{
    QStringList parts;
    for (const auto &v : values) {
        parts << valueText(v);
    }
    return u'(' + parts.join(u", "_s) + u')';
}

QString conditionText(const FilterCondition &c)
{
    const QString field = fieldText(c.field);
    const QString first = c.values.value(0);
    switch (c.op) {
    case FilterOperator::IsEmpty:
    case FilterOperator::IsNotEmpty:
    case FilterOperator::IsMe:
        return field + u' ' + FilterExpression::operatorText(c.op);
    case FilterOperator::Between:
        return u"%1 between %2 and %3"_s.arg(field, valueText(first), valueText(c.values.value(1)));
    case FilterOperator::InLastDays:
        return u"%1 in last %2 days"_s.arg(field, first);
    case FilterOperator::InNextDays:
        return u"%1 in next %2 days"_s.arg(field, first);
    case FilterOperator::HasAny:
        if (c.values.size() == 1) {
            return u"%1 has %2"_s.arg(field, valueText(first));
        }
        return u"%1 has any %2"_s.arg(field, listText(c.values));
    case FilterOperator::HasAll:
    case FilterOperator::HasNone:
    case FilterOperator::IsAnyOf:
        return field + u' ' + FilterExpression::operatorText(c.op) + u' ' + listText(c.values);
    default:
        return field + u' ' + FilterExpression::operatorText(c.op) + u' ' + valueText(first);
    }
}

QString nodeText(const FilterNode &node)
{
    switch (node.kind) {
    case FilterNode::Kind::Condition:
        return conditionText(node.condition);
    case FilterNode::Kind::Not: {
        if (node.children.empty()) {
            return {};
        }
        const FilterNode &child = node.children.front();
        const bool group = child.kind == FilterNode::Kind::And || child.kind == FilterNode::Kind::Or;
        const QString inner = nodeText(child);
        return group && child.children.size() > 1 ? u"not ("_s + inner + u')' : u"not "_s + inner;
    }
    case FilterNode::Kind::And:
    case FilterNode::Kind::Or: {
        if (node.children.size() == 1) {
            return nodeText(node.children.front());
        }
        QStringList parts;
        for (const auto &child : node.children) {
            const bool childOr = child.kind == FilterNode::Kind::Or && child.children.size() > 1;
            const bool childAnd = child.kind == FilterNode::Kind::And && child.children.size() > 1;
            QString text = nodeText(child);
            // "or" inside "and" needs parentheses; so does a nested group of the same kind, which parse() would
            // otherwise flatten into its parent.
            if ((node.kind == FilterNode::Kind::And && childOr) || (childAnd && node.kind == FilterNode::Kind::And)
                || (childOr && node.kind == FilterNode::Kind::Or)) {
                text = u'(' + text + u')';
            }
            parts << text;
        }
        return parts.join(node.kind == FilterNode::Kind::And ? u" and "_s : u" or "_s);
    }
    }
    return {};
}
} // namespace

Result<FilterNode> FilterExpression::parse(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return FilterNode{};
    }
    auto tokens = tokenize(text);
    if (!tokens) {
        return tokens.error();
    }
    Parser parser(std::move(*tokens));
    auto node = parser.parseAll();
    if (!node) {
        return node;
    }
    // The top level is always a group, so that a single condition and "a and b" share one shape.
    if (node->kind == FilterNode::Kind::Condition || node->kind == FilterNode::Kind::Not) {
        FilterNode group;
        group.children.push_back(std::move(*node));
        return group;
    }
    return node;
}

QString FilterExpression::toText(const FilterNode &node)
{
    return nodeText(node);
}

QString FilterExpression::operatorText(FilterOperator op)
{
    switch (op) {
    case FilterOperator::Is:
        return u"="_s;
    case FilterOperator::IsNot:
        return u"!="_s;
    case FilterOperator::Contains:
        return u"contains"_s;
    case FilterOperator::StartsWith:
        return u"starts with"_s;
    case FilterOperator::IsEmpty:
        return u"is empty"_s;
    case FilterOperator::IsNotEmpty:
        return u"is not empty"_s;
    case FilterOperator::Less:
        return u"<"_s;
    case FilterOperator::Greater:
        return u">"_s;
    case FilterOperator::Before:
        return u"before"_s;
    case FilterOperator::After:
        return u"after"_s;
    case FilterOperator::Between:
        return u"between"_s;
    case FilterOperator::InLastDays:
        return u"in last"_s;
    case FilterOperator::InNextDays:
        return u"in next"_s;
    case FilterOperator::HasAny:
        return u"has any"_s;
    case FilterOperator::HasAll:
        return u"has all"_s;
    case FilterOperator::HasNone:
        return u"has none"_s;
    case FilterOperator::IsMe:
        return u"is me"_s;
    case FilterOperator::IsAnyOf:
        return u"in"_s;
    }
    return {};
}

} // namespace Kontor

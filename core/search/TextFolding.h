#pragma once

#include <QString>
#include <QStringList>

namespace Kontor {

// German-aware text folding for sorting and search. SQLite without ICU orders by bytes (Ä after Z) and FTS5's
// unicode61 folds ü to u but not to ue (FIELD-NOTES.md), so Kontor folds in C++ and stores the results.
namespace TextFolding {
// Lower case, diacritics removed, ß -> ss, whitespace collapsed: compares bytewise in DIN 5007-1 order.
QString sortKey(const QString &text);
// The spellings under which a word must be findable besides itself: "Müller" -> "mueller";
// "Mueller" -> "muller"; "Straße" -> "strasse". Lower case; excludes the word itself.
QStringList searchVariants(const QString &word);
// Letters and digits runs of `text`, as the FTS tokenizer sees them.
QStringList words(const QString &text);
} // namespace TextFolding

} // namespace Kontor

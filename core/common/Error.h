#pragma once

#include <QString>

namespace Kontor {

// Where a failure happened, as far as it is known: a file (import), a row, a field.
struct ErrorLocation
{
    QString file;
    int row = -1;
    QString field; // the field's key, for logic ("emails", "custom.12")
    QString fieldLabel; // its translated label, for people ("E-mail addresses"); toString() prefers it
    // A 1-based character position within the row or the text (a filter expression). Messages that know it say
    // it in words ("at position 8"), so toString() does not repeat it.
    int column = -1;

    bool isEmpty() const { return file.isEmpty() && row < 0 && field.isEmpty(); }
};

// A failure that core reports to its callers. `code` is for logic, `message` is translated and meant for users,
// `detail` is for logs (SQL error texts, library messages) and never shown as the main text.
struct Error
{
    enum class Code
    {
        Invalid, // the input breaks a validation rule; `location.field` names the field
        NotFound, // the record does not exist (or is not visible)
        Conflict, // the record changed or exists already
        Storage, // the database refused or failed
        Io, // a file could not be read or written
        Cancelled, // the user stopped the work
        Unsupported, // a format or version this build cannot read
    };

    Code code = Code::Invalid;
    QString message;
    QString detail;
    ErrorLocation location;

    // The message with its location, as one line for a status bar, a log or stderr.
    QString toString() const;
};

Error makeError(Error::Code code, const QString &message, const QString &detail = {}, const ErrorLocation &where = {});
Error invalidField(const QString &field, const QString &message, const QString &fieldLabel = {});

} // namespace Kontor

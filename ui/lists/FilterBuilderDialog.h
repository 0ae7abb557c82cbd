#pragma once

#include "Session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace Kontor {

class FilterBuilderWidget;
class MessageBar;
class StorageThread;

// "More filters": the filter builder with a live count of the matching contacts, the compiler's error while the
// filter is invalid and the filter's text form (the language of the command line and of saved smart lists).
// Apply accepts; "Save as smart list…" stores the filter as a new list of the session's user, or, for a list
// given to setEditedList(), replaces that list's filter. Counting and saving run on the storage thread.
class FilterBuilderDialog : public QDialog
{
    Q_OBJECT

public:
    FilterBuilderDialog(StorageThread *storage, const Session &session, QWidget *parent = nullptr);
    ~FilterBuilderDialog() override;

    // A filter in the text form; one the parser rejects is kept as it is and its error shown.
    void setFilterText(const QString &text);
    QString filterText() const;
    // Edits the filter of an existing smart list: the save button becomes "Save" and replaces its filter.
    void setEditedList(qint64 listId, const QString &name);
    qint64 editedListId() const { return m_editedListId; }
    // Which contacts the count and a new list cover: 0 persons (default), 1 companies (SmartList::kind).
    void setListKind(int kind);
    FilterBuilderWidget *builder() const { return m_builder; }

Q_SIGNALS:
    void smartListSaved(qint64 id);

private:
    void loadCatalogue();
    void filterChanged();
    void countMatches();
    void showFilterError(const QString &message);
    void save();
    void saveAs(const QString &name);

    StorageThread *m_storage;
    Session m_session;
    int m_kind = 0;
    qint64 m_editedListId = 0;
    // The text given to setFilterText() while the parser rejects it; the builder cannot show such a filter.
    QString m_unparsedText;
    int m_countGeneration = 0;
    MessageBar *m_messageBar;
    FilterBuilderWidget *m_builder;
    QLineEdit *m_textLineEdit;
    QLabel *m_matchCountLabel;
    QLabel *m_errorLabel;
    QPushButton *m_applyButton;
    QPushButton *m_saveButton;
    QPushButton *m_cancelButton;
    QTimer *m_countTimer;
};

} // namespace Kontor

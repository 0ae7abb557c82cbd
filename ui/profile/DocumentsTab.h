#pragma once

#include "Result.h"
#include "Session.h"
#include "documents/Document.h"

#include <QUrl>
#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Kontor {

class DocumentService;
class MessageBar;
class Settings;
class StorageThread;
struct ChangeSet;

// The files attached to a contact: name, category, size, when and by whom; search by name and a category filter.
// Files come by the "Attach..." button or dropped onto the tab, in the category chosen beside the button, up to
// the size limit of the settings. Open hands the stored file to the system's application; edit renames it or
// changes its category; "Move to trash" and, with "Show trash", Restore. Reloads on every document change.
class DocumentsTab : public QWidget
{
    Q_OBJECT

public:
    DocumentsTab(StorageThread *storage,
        const Session &session,
        Settings *settings,
        qint64 contactId,
        QWidget *parent = nullptr);

    // Attaches each file; refusals (too big, unreadable) are named in the message bar, the others are attached.
    void addFiles(const QStringList &paths, Document::Category category);
    // How a stored file is opened; QDesktopServices::openUrl unless a test replaces it.
    void setOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }

    QList<Document> documents() const { return m_documents; } // as listed now (search and filter applied)
    const Document *currentDocument() const;
    bool isLoaded() const { return m_loaded; }
    bool isShowingTrash() const;

    // The local files among dropped URLs.
    static QStringList localFiles(const QList<QUrl> &urls);

public Q_SLOTS:
    void refresh();
    void attachWithDialog();
    void openCurrentDocument();
    void editCurrentDocument();
    void moveCurrentDocumentToTrash();
    void restoreCurrentDocument();

Q_SIGNALS:
    void refreshed();
    void filesAdded(); // after addFiles() has finished with every file

protected:
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showDocuments(const QList<Document> &documents);
    void onChangesCommitted(const ChangeSet &changes);
    void runOnCurrent(std::function<Result<Document>(DocumentService &, qint64)> action,
        std::function<QString(const Document &)> success);
    Document::Category chosenCategory() const;
    void fillCategoryCombos();
    void updateButtons();
    void retranslate();

    StorageThread *m_storage;
    Session m_session;
    Settings *m_settings;
    qint64 m_contactId;
    std::function<bool(const QUrl &)> m_opener;
    QList<Document> m_documents;
    quint64 m_generation = 0;
    bool m_loaded = false;
    MessageBar *m_messageBar;
    QLineEdit *m_searchLineEdit;
    QComboBox *m_filterComboBox;
    QCheckBox *m_trashCheckBox;
    QComboBox *m_categoryComboBox;
    QPushButton *m_attachButton;
    QTreeWidget *m_tree;
    QLabel *m_emptyLabel;
    QPushButton *m_openButton;
    QPushButton *m_editButton;
    QPushButton *m_trashButton;
    QPushButton *m_restoreButton;
    QTimer *m_searchTimer;
};

} // namespace Kontor

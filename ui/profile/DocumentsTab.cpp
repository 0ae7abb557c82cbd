#include "DocumentsTab.h"

#include "ProfileText.h"
#include "StorageThread.h"
#include "common/MessageBar.h"
#include "documents/DocumentService.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdRole = Qt::UserRole;
constexpr int AllCategories = -1;
const QList<Document::Category> Categories{
    Document::Category::Internal, Document::Category::Sent, Document::Category::Received};

enum Column
{
    NameColumn,
    CategoryColumn,
    SizeColumn,
    AddedColumn,
    ByColumn,
    ColumnCount,
};

struct AddOutcome
{
    QStringList attached;
    QStringList errors;
};

QString withFileName(const QString &message, const QString &fileName)
{
    return message.contains(fileName) ? message : DocumentsTab::tr("%1: %2", "file name: error").arg(fileName, message);
}

// The stored content is named by its hash; the system picks the application by the name, so it opens a copy
// that has the document's name, in a folder of its own.
Result<QString> openableCopy(const QString &stored, const Document &document)
{
    QString name = QFileInfo(document.name).fileName();
    name.replace(QRegularExpression(u"[\\\\/:*?\"<>|]"_s), u"_"_s);
    if (name.isEmpty()) {
        name = document.sha256;
    }
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(u"kontor-open/"_s + document.sha256.left(16));
    const QString target = QDir(folder).filePath(name);
    if (QFileInfo(target).size() == document.size && QFileInfo::exists(target)) {
        return target;
    }
    if (!QDir().mkpath(folder)) {
        return makeError(Error::Code::Io,
            DocumentsTab::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(folder)));
    }
    QFile::remove(target);
    QFile source(stored);
    if (!source.copy(target)) {
        return makeError(Error::Code::Io,
            DocumentsTab::tr("The document %1 cannot be copied for opening: %2").arg(name, source.errorString()));
    }
    return target;
}
} // namespace

DocumentsTab::DocumentsTab(
    StorageThread *storage, const Session &session, Settings *settings, qint64 contactId, QWidget *parent)
    : QWidget(parent)
    , m_storage(storage)
    , m_session(session)
    , m_settings(settings)
    , m_contactId(contactId)
    , m_opener([](const QUrl &url) { return QDesktopServices::openUrl(url); })
    , m_messageBar(new MessageBar(this))
    , m_searchLineEdit(new QLineEdit(this))
    , m_filterComboBox(new QComboBox(this))
    , m_trashCheckBox(new QCheckBox(this))
    , m_categoryComboBox(new QComboBox(this))
    , m_attachButton(new QPushButton(this))
    , m_tree(new QTreeWidget(this))
    , m_emptyLabel(new QLabel(this))
    , m_openButton(new QPushButton(this))
    , m_editButton(new QPushButton(this))
    , m_trashButton(new QPushButton(this))
    , m_restoreButton(new QPushButton(this))
    , m_searchTimer(new QTimer(this))
{
    setObjectName(u"documentsTab"_s);
    setAcceptDrops(true);
    m_messageBar->setObjectName(u"documentsMessageBar"_s);
    m_searchLineEdit->setObjectName(u"documentSearchLineEdit"_s);
    m_filterComboBox->setObjectName(u"documentFilterComboBox"_s);
    m_trashCheckBox->setObjectName(u"showDocumentTrashCheckBox"_s);
    m_categoryComboBox->setObjectName(u"attachCategoryComboBox"_s);
    m_attachButton->setObjectName(u"attachDocumentButton"_s);
    m_tree->setObjectName(u"documentsTreeWidget"_s);
    m_emptyLabel->setObjectName(u"documentsEmptyLabel"_s);
    m_openButton->setObjectName(u"openDocumentButton"_s);
    m_editButton->setObjectName(u"editDocumentButton"_s);
    m_trashButton->setObjectName(u"trashDocumentButton"_s);
    m_restoreButton->setObjectName(u"restoreDocumentButton"_s);

    m_searchLineEdit->setClearButtonEnabled(true);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column = CategoryColumn; column < ColumnCount; ++column) {
        m_tree->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    fillCategoryCombos();

    auto *attachRow = new QHBoxLayout;
    attachRow->addWidget(m_attachButton);
    attachRow->addWidget(m_categoryComboBox);
    attachRow->addStretch();
    attachRow->addWidget(m_trashCheckBox);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLineEdit, 1);
    searchRow->addWidget(m_filterComboBox);
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_openButton);
    actionRow->addWidget(m_editButton);
    actionRow->addStretch();
    actionRow->addWidget(m_trashButton);
    actionRow->addWidget(m_restoreButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_messageBar);
    layout->addLayout(attachRow);
    layout->addLayout(searchRow);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_emptyLabel, 1);
    layout->addLayout(actionRow);

    connect(m_attachButton, &QPushButton::clicked, this, &DocumentsTab::attachWithDialog);
    connect(m_openButton, &QPushButton::clicked, this, &DocumentsTab::openCurrentDocument);
    connect(m_editButton, &QPushButton::clicked, this, &DocumentsTab::editCurrentDocument);
    connect(m_trashButton, &QPushButton::clicked, this, &DocumentsTab::moveCurrentDocumentToTrash);
    connect(m_restoreButton, &QPushButton::clicked, this, &DocumentsTab::restoreCurrentDocument);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] {
        if (!isShowingTrash()) {
            openCurrentDocument();
        }
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &DocumentsTab::updateButtons);
    connect(m_searchLineEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &DocumentsTab::refresh);
    connect(m_filterComboBox, &QComboBox::currentIndexChanged, this, &DocumentsTab::refresh);
    connect(m_trashCheckBox, &QCheckBox::toggled, this, [this] {
        m_messageBar->clearMessage();
        refresh();
    });
    connect(m_storage, &StorageThread::changesCommitted, this, &DocumentsTab::onChangesCommitted);
    retranslate();
    showDocuments({});
    refresh();
}

bool DocumentsTab::isShowingTrash() const
{
    return m_trashCheckBox->isChecked();
}

void DocumentsTab::refresh()
{
    m_searchTimer->stop();
    const quint64 generation = ++m_generation;
    const Session session = m_session;
    DocumentFilter filter;
    filter.contactId = m_contactId;
    filter.search = m_searchLineEdit->text().trimmed();
    filter.trashed = isShowingTrash();
    const int category = m_filterComboBox->currentData().toInt();
    m_storage->run<Result<QList<Document>>>(
        this,
        [session, filter](Database &db) { return DocumentService(db, session).list(filter); },
        [this, generation, category](const Result<QList<Document>> &documents) {
            if (generation != m_generation) {
                return; // a newer search is on its way
            }
            if (!documents) {
                m_messageBar->showMessage(tr("The documents could not be loaded: %1").arg(documents.error().message));
                return;
            }
            QList<Document> shown;
            for (const Document &document : *documents) {
                if (category == AllCategories || int(document.category) == category) {
                    shown.append(document);
                }
            }
            showDocuments(shown);
            m_loaded = true;
            Q_EMIT refreshed();
        });
}

void DocumentsTab::onChangesCommitted(const ChangeSet &changes)
{
    if (changes.otherEntities.contains(u"document"_s) || changes.restoredContacts.contains(m_contactId)
        || changes.trashedContacts.contains(m_contactId)) {
        refresh();
    }
}

void DocumentsTab::showDocuments(const QList<Document> &documents)
{
    const Document *current = currentDocument();
    const qint64 currentId = current ? current->id : 0;
    m_documents = documents;
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    const QLocale locale;
    for (const Document &document : documents) {
        auto *item = new QTreeWidgetItem(m_tree);
        item->setText(NameColumn, document.name);
        item->setToolTip(NameColumn, document.name);
        item->setText(CategoryColumn, Document::categoryLabel(document.category));
        item->setText(SizeColumn, locale.formattedDataSize(document.size, 1, QLocale::DataSizeTraditionalFormat));
        item->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(AddedColumn, ProfileText::dateTime(document.createdAt));
        item->setText(ByColumn, ProfileText::user(document.createdByName));
        item->setData(NameColumn, IdRole, document.id);
        if (document.id == currentId) {
            m_tree->setCurrentItem(item);
        }
    }
    const bool filtered = !m_searchLineEdit->text().trimmed().isEmpty() || m_filterComboBox->currentIndex() > 0;
    if (isShowingTrash()) {
        m_emptyLabel->setText(filtered ? tr("No document in the trash matches.") : tr("The trash holds no documents."));
    } else {
        m_emptyLabel->setText(filtered ? tr("No document matches.")
                                       : tr("No documents yet. Attach files with the button or drop them here."));
    }
    m_tree->setVisible(!documents.isEmpty());
    m_emptyLabel->setVisible(documents.isEmpty());
    updateButtons();
}

const Document *DocumentsTab::currentDocument() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item) {
        return nullptr;
    }
    const qint64 id = item->data(NameColumn, IdRole).toLongLong();
    for (const Document &document : m_documents) {
        if (document.id == id) {
            return &document;
        }
    }
    return nullptr;
}

void DocumentsTab::updateButtons()
{
    const bool chosen = currentDocument() != nullptr;
    const bool trash = isShowingTrash();
    m_openButton->setEnabled(chosen);
    m_editButton->setEnabled(chosen && !trash);
    m_trashButton->setVisible(!trash);
    m_trashButton->setEnabled(chosen);
    m_restoreButton->setVisible(trash);
    m_restoreButton->setEnabled(chosen);
    m_attachButton->setEnabled(!trash);
    m_categoryComboBox->setEnabled(!trash);
}

Document::Category DocumentsTab::chosenCategory() const
{
    return Document::Category(m_categoryComboBox->currentData().toInt());
}

void DocumentsTab::attachWithDialog()
{
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Attach files"));
    if (!paths.isEmpty()) {
        addFiles(paths, chosenCategory());
    }
}

void DocumentsTab::addFiles(const QStringList &paths, Document::Category category)
{
    const Session session = m_session;
    const qint64 contactId = m_contactId;
    const qint64 maxSize = m_settings ? m_settings->documentMaxSizeBytes() : 0;
    m_storage->run<AddOutcome>(
        this,
        [session, contactId, maxSize, paths, category](Database &db) {
            AddOutcome outcome;
            DocumentService service(db, session, maxSize);
            for (const QString &path : paths) {
                const auto added = service.add(contactId, path, category);
                if (added) {
                    outcome.attached.append(added->name);
                } else {
                    outcome.errors.append(withFileName(added.error().message, QFileInfo(path).fileName()));
                }
            }
            return outcome;
        },
        [this](const AddOutcome &outcome) {
            const QString attached = outcome.attached.isEmpty()
                ? QString()
                : tr("%n file(s) attached: %1", nullptr, int(outcome.attached.size()))
                      .arg(outcome.attached.join(u", "_s));
            if (!outcome.errors.isEmpty()) {
                QStringList lines = outcome.errors;
                if (!attached.isEmpty()) {
                    lines.append(attached);
                }
                m_messageBar->showMessage(lines.join(u'\n'));
            } else if (!attached.isEmpty()) {
                m_messageBar->showMessage(attached, MessageBar::Kind::Information);
            }
            refresh();
            Q_EMIT filesAdded();
        });
}

void DocumentsTab::openCurrentDocument()
{
    const Document *current = currentDocument();
    if (!current) {
        return;
    }
    const Document document = *current;
    const Session session = m_session;
    m_storage->run<Result<QString>>(
        this,
        [session, document](Database &db) -> Result<QString> {
            const auto stored = DocumentService(db, session).filePath(document.id);
            if (!stored) {
                return stored.error();
            }
            return openableCopy(*stored, document);
        },
        [this, name = document.name](const Result<QString> &path) {
            if (!path) {
                m_messageBar->showMessage(path.error().message);
                return;
            }
            if (!m_opener(QUrl::fromLocalFile(*path))) {
                m_messageBar->showMessage(tr("No application could open %1.").arg(name));
            }
        });
}

void DocumentsTab::editCurrentDocument()
{
    const Document *current = currentDocument();
    if (!current) {
        return;
    }
    // A small form built here: two fields do not need a class and a .ui of their own.
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"documentEditDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Edit document"));
    auto *name = new QLineEdit(current->name, dialog);
    name->setObjectName(u"documentNameLineEdit"_s);
    name->setMaxLength(255);
    auto *category = new QComboBox(dialog);
    category->setObjectName(u"documentCategoryComboBox"_s);
    for (Document::Category c : Categories) {
        category->addItem(Document::categoryLabel(c), int(c));
    }
    category->setCurrentIndex(category->findData(int(current->category)));
    auto *error = new MessageBar(dialog);
    error->setObjectName(u"documentEditMessageBar"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveDocumentButton"_s);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), name);
    form->addRow(tr("&Category:"), category);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(error);
    layout->addLayout(form);
    layout->addWidget(buttons);
    dialog->resize(420, dialog->sizeHint().height());
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, name, category, error, document = *current] {
        Document changed = document;
        changed.name = name->text().trimmed();
        changed.category = Document::Category(category->currentData().toInt());
        if (changed.name.isEmpty()) {
            error->showMessage(tr("Please enter a name."));
            return;
        }
        const Session session = m_session;
        m_storage->run<Result<Document>>(
            dialog,
            [session, changed](Database &db) { return DocumentService(db, session).update(changed); },
            [this, dialog, error](const Result<Document> &saved) {
                if (!saved) {
                    error->showMessage(saved.error().message);
                    return;
                }
                dialog->accept();
                refresh();
            });
    });
    dialog->open();
}

void DocumentsTab::runOnCurrent(
    std::function<Result<Document>(DocumentService &, qint64)> action, std::function<QString(const Document &)> success)
{
    const Document *current = currentDocument();
    if (!current) {
        return;
    }
    const qint64 id = current->id;
    const Session session = m_session;
    m_storage->run<Result<Document>>(
        this,
        [session, id, action](Database &db) {
            DocumentService service(db, session);
            return action(service, id);
        },
        [this, success](const Result<Document> &done) {
            if (!done) {
                m_messageBar->showMessage(done.error().message);
                return;
            }
            m_messageBar->showMessage(success(*done), MessageBar::Kind::Information);
            refresh();
        });
}

void DocumentsTab::moveCurrentDocumentToTrash()
{
    runOnCurrent([](DocumentService &service, qint64 id) { return service.moveToTrash(id); },
        [](const Document &document) {
            return tr("%1 was moved to the trash. Tick \"Show trash\" to restore it.").arg(document.name);
        });
}

void DocumentsTab::restoreCurrentDocument()
{
    runOnCurrent([](DocumentService &service, qint64 id) { return service.restore(id); },
        [](const Document &document) { return tr("%1 was restored.").arg(document.name); });
}

QStringList DocumentsTab::localFiles(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile() && !QFileInfo(url.toLocalFile()).isDir()) {
            paths.append(url.toLocalFile());
        }
    }
    return paths;
}

void DocumentsTab::dragEnterEvent(QDragEnterEvent *event)
{
    if (!isShowingTrash() && event->mimeData()->hasUrls() && !localFiles(event->mimeData()->urls()).isEmpty()) {
        event->acceptProposedAction();
        return;
    }
    QWidget::dragEnterEvent(event);
}

void DocumentsTab::dropEvent(QDropEvent *event)
{
    const QStringList paths = event->mimeData()->hasUrls() ? localFiles(event->mimeData()->urls()) : QStringList();
    if (paths.isEmpty() || isShowingTrash()) {
        QWidget::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    addFiles(paths, chosenCategory());
}

void DocumentsTab::fillCategoryCombos()
{
    const int filter = m_filterComboBox->currentIndex();
    const int attach = m_categoryComboBox->currentIndex();
    const QSignalBlocker filterBlocker(m_filterComboBox);
    m_filterComboBox->clear();
    m_categoryComboBox->clear();
    m_filterComboBox->addItem(tr("All categories"), AllCategories);
    for (Document::Category category : Categories) {
        m_filterComboBox->addItem(Document::categoryLabel(category), int(category));
        m_categoryComboBox->addItem(Document::categoryLabel(category), int(category));
    }
    m_filterComboBox->setCurrentIndex(qMax(0, filter));
    m_categoryComboBox->setCurrentIndex(qMax(0, attach));
}

void DocumentsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        fillCategoryCombos();
        showDocuments(m_documents);
    }
    QWidget::changeEvent(event);
}

void DocumentsTab::retranslate()
{
    m_searchLineEdit->setPlaceholderText(tr("Search documents by name"));
    m_trashCheckBox->setText(tr("Show trash"));
    m_attachButton->setText(tr("Attach..."));
    m_categoryComboBox->setToolTip(tr("The category of files attached or dropped now"));
    m_openButton->setText(tr("Open"));
    m_editButton->setText(tr("Edit..."));
    m_editButton->setToolTip(tr("Rename the document or change its category"));
    m_trashButton->setText(tr("Move to trash"));
    m_restoreButton->setText(tr("Restore"));
    m_tree->setHeaderLabels({tr("Name"), tr("Category"), tr("Size"), tr("Added"), tr("By")});
}

} // namespace Kontor

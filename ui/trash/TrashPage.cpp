#include "TrashPage.h"

#include "ui_TrashPage.h"

#include "StorageThread.h"
#include "common/ConfirmBox.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactService.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr int IdPageSize = 5000;

Confirmation restoreQuestion(const QString &text)
{
    Confirmation question;
    question.title = TrashPage::tr("Restore contacts");
    question.text = text;
    question.informativeText = TrashPage::tr("Their tasks, appointments and documents come back with them.");
    question.acceptText = TrashPage::tr("Restore");
    question.objectName = u"restoreConfirmBox"_s;
    question.acceptIsDefault = true; // restoring is safe: the contacts can go to the trash again
    return question;
}
} // namespace

TrashPage::TrashPage(StorageThread *storage, const Session &session, QWidget *parent)
    : QWidget(parent)
    , ui(std::make_unique<Ui::TrashPage>())
    , m_storage(storage)
    , m_session(session)
    , m_model(new ContactListModel(storage, session, ContactScope::Trash, this))
{
    ui->setupUi(this);
    ui->restoreButton->setIcon(QIcon::fromTheme(u"edit-undo"_s, QIcon(u":/icons/edit-undo.svg"_s)));
    ui->trashTableView->setModel(m_model);
    ui->trashTableView->verticalHeader()->hide();
    ui->trashTableView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    auto *header = ui->trashTableView->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(ContactListModel::TrashNameColumn, QHeaderView::Stretch);
    header->resizeSection(ContactListModel::DeletedAtColumn, 170);
    header->resizeSection(ContactListModel::DeletedByColumn, 170);
    header->resizeSection(ContactListModel::DaysLeftColumn, 90);

    connect(ui->trashSearchLineEdit, &QLineEdit::textChanged, m_model, &ContactListModel::setSearchText);
    connect(ui->restoreButton, &QPushButton::clicked, this, &TrashPage::restoreSelected);
    connect(ui->restoreAllButton, &QPushButton::clicked, this, &TrashPage::restoreAll);
    connect(
        ui->trashTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrashPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrashPage::updateActions);
    connect(m_model, &ContactListModel::totalCountChanged, this, &TrashPage::updateCountLabel);
    connect(ui->trashSearchLineEdit, &QLineEdit::textChanged, this, &TrashPage::updateCountLabel);
    connect(m_model, &ContactListModel::loadFailed, ui->messageBar, [this](const QString &message) {
        ui->messageBar->showMessage(message);
    });
    updateCountLabel();
}

TrashPage::~TrashPage() = default;

void TrashPage::restoreSelected()
{
    QList<qint64> ids;
    const auto rows = ui->trashTableView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        ids.append(m_model->idAt(index.row()));
    }
    if (ids.isEmpty()) {
        return;
    }
    const QString text = ids.size() == 1
        ? tr("Restore \"%1\" with its notes and company links?").arg(m_model->summaryAt(rows.first().row()).displayName)
        : tr("Restore %Ln contact(s) with their notes and company links?", nullptr, int(ids.size()));
    ConfirmBox::ask(this, restoreQuestion(text), [this, ids] { runRestore(ids, false); });
}

void TrashPage::restoreAll()
{
    const qint64 total = m_model->totalCount();
    if (total <= 0) {
        return;
    }
    const QString text = m_model->searchText().isEmpty()
        ? tr("Restore all %Ln contact(s) in the trash with their notes and company links?", nullptr, int(total))
        : tr("Restore the %Ln contact(s) found with their notes and company links?", nullptr, int(total));
    ConfirmBox::ask(this, restoreQuestion(text), [this] { runRestore({}, true); });
}

void TrashPage::runRestore(const QList<qint64> &ids, bool allMatching)
{
    ui->restoreButton->setEnabled(false);
    ui->restoreAllButton->setEnabled(false);
    ContactListQuery query = m_model->query();
    query.scope = ContactScope::Trash;
    query.columns.clear();
    query.limit = IdPageSize;
    const Session session = m_session;
    m_storage->run<Result<int>>(
        this,
        [ids, allMatching, query, session](Database &db) -> Result<int> {
            ContactService service(db, session);
            QList<qint64> restore = ids;
            if (allMatching) {
                // The ids are collected in core, page by page: the table may hold only the first rows.
                auto rows = service.listAll(query);
                if (!rows) {
                    return rows.error();
                }
                restore.clear();
                for (const ContactSummary &row : std::as_const(*rows)) {
                    restore.append(row.id);
                }
            }
            if (auto done = service.restore(restore); !done) {
                return done.error();
            }
            return int(restore.size());
        },
        [this](const Result<int> &count) {
            if (!count) {
                ui->messageBar->showMessage(count.error().message);
                updateActions();
                return;
            }
            ui->messageBar->showMessage(tr("%n contact(s) restored.", nullptr, *count), MessageBar::Kind::Information);
            Q_EMIT restored(*count);
        });
}

void TrashPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        updateCountLabel();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void TrashPage::updateActions()
{
    ui->restoreButton->setEnabled(ui->trashTableView->selectionModel()->hasSelection());
    ui->restoreAllButton->setEnabled(m_model->totalCount() > 0);
}

void TrashPage::updateCountLabel()
{
    const qint64 total = m_model->totalCount();
    ui->trashCountLabel->setText(total < 0 ? tr("Loading...") : tr("%n contact(s) in the trash", nullptr, int(total)));
    ui->restoreAllButton->setText(m_model->searchText().isEmpty()
            ? tr("Restore all...")
            : tr("Restore all %Ln found...", nullptr, int(std::max<qint64>(total, 0))));
    ui->restoreAllButton->setEnabled(total > 0);
}

} // namespace Kontor

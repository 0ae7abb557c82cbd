#include "TrashPage.h"

#include "ui_TrashPage.h"

#include "StorageThread.h"
#include "contacts/ContactListModel.h"
#include "contacts/ContactService.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

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
    connect(
        ui->trashTableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrashPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TrashPage::updateActions);
    connect(m_model, &ContactListModel::totalCountChanged, this, &TrashPage::updateCountLabel);
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
    ui->restoreButton->setEnabled(false);
    const Session session = m_session;
    m_storage->run<Result<void>>(
        this,
        [ids, session](Database &db) { return ContactService(db, session).restore(ids); },
        [this, count = int(ids.size())](const Result<void> &done) {
            if (!done) {
                ui->messageBar->showMessage(done.error().message);
                updateActions();
                return;
            }
            ui->messageBar->showMessage(tr("%n contact(s) restored.", nullptr, count), MessageBar::Kind::Information);
            Q_EMIT restored(count);
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
}

void TrashPage::updateCountLabel()
{
    const qint64 total = m_model->totalCount();
    ui->trashCountLabel->setText(total < 0 ? tr("Loading...") : tr("%n contact(s) in the trash", nullptr, int(total)));
}

} // namespace Kontor

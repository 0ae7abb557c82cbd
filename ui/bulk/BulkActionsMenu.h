#pragma once

#include "BulkAction.h"

#include <QMenu>

namespace Kontor {

// The "Bulk actions" menu of the contact lists (menu bar, tool bar, context menu of a table): every
// BulkActionKind, "Export..." and "Move to trash...". It only says what was chosen; BulkActionLauncher asks
// for the parameters and runs the job. The owner enables it while the list has a selection.
class BulkActionsMenu : public QMenu
{
    Q_OBJECT

public:
    explicit BulkActionsMenu(QWidget *parent = nullptr);

    QAction *actionFor(BulkActionKind kind) const;
    QAction *exportAction() const { return m_exportAction; }
    // Enables the menu and its actions (a disabled menu still opens from a tool button, its actions must not).
    void setSelectionAvailable(bool available);

Q_SIGNALS:
    void actionTriggered(Kontor::BulkActionKind kind);
    void exportTriggered();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addKind(BulkActionKind kind);
    void retranslate();

    QList<std::pair<BulkActionKind, QAction *>> m_actions;
    QAction *m_exportAction = nullptr;
};

} // namespace Kontor

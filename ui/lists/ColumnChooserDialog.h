#pragma once

#include "FilterFields.h"
#include "SmartList.h"

#include <QDialog>

class QDialogButtonBox;
class QListWidget;
class QPushButton;

namespace Kontor {

// Chooses the columns of a list: every field of the catalogue (built-in and custom) with a check box, the shown
// ones first in their order; drag (or Move up / Move down) to reorder. Widths of kept columns survive.
class ColumnChooserDialog : public QDialog
{
    Q_OBJECT

public:
    ColumnChooserDialog(const QList<FilterField> &fields, const QList<ListColumn> &columns, QWidget *parent = nullptr);

    // The checked fields in list order.
    QList<ListColumn> columns() const;
    // Checks or unchecks a field by key; for tests and callers that preselect.
    void setChecked(const QString &key, bool checked);

private:
    void moveCurrent(int delta);
    void updateButtons();

    QListWidget *m_list;
    QPushButton *m_upButton;
    QPushButton *m_downButton;
    QDialogButtonBox *m_buttons;
    QList<ListColumn> m_initial;
};

} // namespace Kontor

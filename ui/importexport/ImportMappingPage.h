#pragma once

#include "ImportMapping.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Kontor {

class ImportWizard;
class MessageBar;

// Step 2: one row per column of the file with its header, a few sample values, where it goes (the built-in
// targets, the existing custom fields, a new custom field, or nothing) and the label of e-mails, phones and
// addresses (or the new field's name). Starts from ImportService::suggestMapping; any change makes the import
// remember the mapping for files with the same header. vCard files need no mapping: the page lists the
// properties found instead.
class ImportMappingPage : public QWizardPage
{
    Q_OBJECT

public:
    enum Column
    {
        HeaderColumn,
        SampleColumn,
        TargetColumn,
        LabelColumn,
        ColumnCount,
    };

    explicit ImportMappingPage(ImportWizard *wizard);

    void initializePage() override;
    bool validatePage() override;
    // The mapping as the rows show it now.
    ImportMapping mapping() const;
    QComboBox *targetCombo(int column) const;
    QComboBox *labelCombo(int column) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void fillTargetCombo(QComboBox *combo, const ColumnMapping &mapping);
    void updateLabelCombo(int row, const QString &label);
    void onTargetChanged(int row);
    void retranslate();

    ImportWizard *m_wizard;
    MessageBar *m_messageBar;
    QLabel *m_noteLabel;
    QTableWidget *m_table;
    quint64 m_builtGeneration = 0;
    ContactKind m_builtKind = ContactKind::Person;
    QList<int> m_groups; // ColumnMapping::group per row, kept from the suggestion while its target stays
    QList<QString> m_suggestedTargets;
    bool m_building = false;
};

} // namespace Kontor

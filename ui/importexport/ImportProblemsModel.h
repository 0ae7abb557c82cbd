#pragma once

#include "ImportTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace Kontor {

// The problems of the review step: row, column, reason and value, where the value of a table cell can be
// corrected (a CellFix) and each row can be skipped. Fixes and skipped rows outlive a new review: a fixed cell
// that is valid now drops out of the list, and the problems of skipped rows stay listed (ticked) so that the
// user can take a row back.
class ImportProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        RowColumn,
        ColumnColumn,
        ReasonColumn,
        ValueColumn,
        SkipColumn,
        ColumnCount,
    };

    explicit ImportProblemsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setProblems(const QList<ImportProblem> &problems);
    // Forgets fixes and skipped rows (another file or mapping).
    void clear();
    const ImportProblem &problemAt(int row) const { return m_problems.at(row); }

    QList<CellFix> fixes() const;
    QList<int> skipRows() const;
    // File rows with a problem that are not skipped.
    int unresolvedRows() const;
    void retranslate();

Q_SIGNALS:
    // A cell was corrected or a row skipped or taken back: the review should run again.
    void edited();

private:
    static quint64 cellKey(int row, int column) { return (quint64(quint32(row)) << 32) | quint32(column); }

    QList<ImportProblem> m_problems;
    QHash<quint64, CellFix> m_fixes;
    QSet<int> m_skipRows;
};

} // namespace Kontor

#include "ImportProblemsModel.h"

namespace Kontor {

using namespace Qt::Literals::StringLiterals;

ImportProblemsModel::ImportProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ImportProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ImportProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return {};
    }
    const ImportProblem &problem = m_problems.at(index.row());
    if (index.column() == SkipColumn) {
        return role == Qt::CheckStateRole ? QVariant(m_skipRows.contains(problem.row) ? Qt::Checked : Qt::Unchecked)
                                          : QVariant();
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) {
        return {};
    }
    switch (Column(index.column())) {
    case RowColumn:
        return problem.row;
    case ColumnColumn:
        return problem.columnName;
    case ReasonColumn:
        return problem.reason;
    case ValueColumn:
        if (problem.column >= 0) {
            const auto fix = m_fixes.constFind(cellKey(problem.row, problem.column));
            if (fix != m_fixes.cend()) {
                return fix->value;
            }
        }
        return problem.value;
    case SkipColumn:
    case ColumnCount:
        break;
    }
    return {};
}

bool ImportProblemsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return false;
    }
    const ImportProblem problem = m_problems.at(index.row());
    if (index.column() == SkipColumn && role == Qt::CheckStateRole) {
        if (Qt::CheckState(value.toInt()) == Qt::Checked) {
            m_skipRows.insert(problem.row);
        } else {
            m_skipRows.remove(problem.row);
        }
        // Every problem of the same file row shares the tick.
        for (int row = 0; row < m_problems.size(); ++row) {
            if (m_problems.at(row).row == problem.row) {
                Q_EMIT dataChanged(this->index(row, SkipColumn), this->index(row, SkipColumn), {Qt::CheckStateRole});
            }
        }
        Q_EMIT edited();
        return true;
    }
    if (index.column() == ValueColumn && role == Qt::EditRole && problem.column >= 0) {
        const QString text = value.toString();
        if (text == data(index, Qt::EditRole).toString()) {
            return false;
        }
        m_fixes.insert(cellKey(problem.row, problem.column), CellFix{problem.row, problem.column, text});
        Q_EMIT dataChanged(index, index);
        Q_EMIT edited();
        return true;
    }
    return false;
}

Qt::ItemFlags ImportProblemsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (!index.isValid()) {
        return flags;
    }
    if (index.column() == SkipColumn) {
        flags |= Qt::ItemIsUserCheckable;
    } else if (index.column() == ValueColumn && m_problems.at(index.row()).column >= 0) {
        flags |= Qt::ItemIsEditable;
    }
    return flags;
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (Column(section)) {
    case RowColumn:
        return tr("Row", "file row");
    case ColumnColumn:
        return tr("Column");
    case ReasonColumn:
        return tr("Problem");
    case ValueColumn:
        return tr("Value");
    case SkipColumn:
        return tr("Skip row");
    case ColumnCount:
        break;
    }
    return {};
}

void ImportProblemsModel::setProblems(const QList<ImportProblem> &problems)
{
    beginResetModel();
    QList<ImportProblem> kept;
    QSet<int> listed;
    for (const ImportProblem &problem : problems) {
        listed.insert(problem.row);
    }
    // A review may leave skipped rows out; keep their last problems so that they can be taken back.
    for (const ImportProblem &problem : std::as_const(m_problems)) {
        if (m_skipRows.contains(problem.row) && !listed.contains(problem.row)) {
            kept.append(problem);
        }
    }
    m_problems = problems;
    m_problems.append(kept);
    std::stable_sort(m_problems.begin(), m_problems.end(), [](const ImportProblem &a, const ImportProblem &b) {
        return a.row < b.row;
    });
    endResetModel();
}

void ImportProblemsModel::clear()
{
    beginResetModel();
    m_problems.clear();
    m_fixes.clear();
    m_skipRows.clear();
    endResetModel();
}

QList<CellFix> ImportProblemsModel::fixes() const
{
    QList<CellFix> fixes = m_fixes.values();
    std::sort(fixes.begin(), fixes.end(), [](const CellFix &a, const CellFix &b) {
        return a.row != b.row ? a.row < b.row : a.column < b.column;
    });
    return fixes;
}

QList<int> ImportProblemsModel::skipRows() const
{
    QList<int> rows = m_skipRows.values();
    std::sort(rows.begin(), rows.end());
    return rows;
}

int ImportProblemsModel::unresolvedRows() const
{
    QSet<int> rows;
    for (const ImportProblem &problem : m_problems) {
        if (!m_skipRows.contains(problem.row)) {
            rows.insert(problem.row);
        }
    }
    return int(rows.size());
}

void ImportProblemsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace Kontor

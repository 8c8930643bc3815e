#include "models/SecretFilterProxyModel.h"

#include "models/SecretListModel.h"

SecretFilterProxyModel::SecretFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void SecretFilterProxyModel::setQuickText(const QString &text)
{
    if (text == m_quickText)
        return;
    m_quickText = text;
    invalidateRowsFilter();
}

void SecretFilterProxyModel::setOnlyRestricted(bool only)
{
    if (only == m_onlyRestricted)
        return;
    m_onlyRestricted = only;
    invalidateRowsFilter();
}

void SecretFilterProxyModel::setOnlyCheckedOut(bool only)
{
    if (only == m_onlyCheckedOut)
        return;
    m_onlyCheckedOut = only;
    invalidateRowsFilter();
}

void SecretFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    // The server sorts the whole list; sorting only the loaded pages here would lie.
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool SecretFilterProxyModel::filterAcceptsRow(int sourceRow,
                                              const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ModelRow::KindRole).value<ModelRow::Kind>() != ModelRow::Kind::Record)
        return true;

    if (m_onlyRestricted) {
        const bool restricted = index.data(SecretListModel::RestrictedRole).toBool()
                             || index.data(SecretListModel::RequiresApprovalRole).toBool()
                             || index.data(SecretListModel::RequiresCommentRole).toBool()
                             || index.data(SecretListModel::DoubleLockRole).toBool()
                             || index.data(SecretListModel::CheckOutEnabledRole).toBool();
        if (!restricted)
            return false;
    }
    if (m_onlyCheckedOut && !index.data(SecretListModel::CheckedOutRole).toBool())
        return false;
    if (m_quickText.isEmpty())
        return true;

    for (const int role : {int(SecretListModel::NameRole), int(SecretListModel::TemplateNameRole),
                           int(SecretListModel::FolderPathRole)}) {
        if (index.data(role).toString().contains(m_quickText, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

#include "browse/SecretSearchProxyModel.h"

void SecretSearchProxyModel::setQuery(const SecretSearchQuery &query)
{
    if (query == m_query)
        return;
    m_query = query;
    invalidateRowsFilter();
}

bool SecretSearchProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!SecretFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent))
        return false;
    return m_query.accepts(sourceModel()->index(sourceRow, 0, sourceParent));
}

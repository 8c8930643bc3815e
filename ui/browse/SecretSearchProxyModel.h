#pragma once

#include "models/SecretFilterProxyModel.h"
#include "models/SecretSearchQuery.h"

// The Secrets screen's proxy: SecretFilterProxyModel plus the parts of a typed search the
// server cannot filter (SecretSearchQuery::accepts). Status rows always pass.
class SecretSearchProxyModel : public SecretFilterProxyModel
{
    Q_OBJECT

public:
    using SecretFilterProxyModel::SecretFilterProxyModel;

    void setQuery(const SecretSearchQuery &query);
    const SecretSearchQuery &query() const { return m_query; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    SecretSearchQuery m_query;
};

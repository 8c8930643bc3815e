#include "models/TemplatesModel.h"

#include "secretserver/RestClient.h"

using namespace secretserver;

TemplatesModel::TemplatesModel(QObject *parent)
    : RemoteListModel(parent)
{
}

void TemplatesModel::setSearchText(const QString &searchText)
{
    if (searchText == m_searchText)
        return;
    m_searchText = searchText;
    if (client())
        reload();
}

const SecretTemplate *TemplatesModel::templateAt(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

PendingCall *TemplatesModel::requestPage(int skip, int take, quint64 generation)
{
    PageRequest page;
    page.skip = skip;
    page.take = take;
    return client()->searchTemplates(m_searchText, page, this,
                                     [this, generation](const Result<Page<SecretTemplate>> &r) {
                                         deliver(generation, r, m_records);
                                     });
}

QVariant TemplatesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);

    switch (section) {
    case NameColumn:
        return tr("Template");
    case SecretCountColumn:
        return tr("Secrets");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

QVariant TemplatesModel::recordData(int row, int column, int role) const
{
    const SecretTemplate &secretTemplate = m_records.at(row);
    if (role == Qt::DisplayRole) {
        switch (column) {
        case NameColumn:
            return secretTemplate.name;
        case SecretCountColumn:
            return secretTemplate.secretCount;
        case StateColumn:
            return secretTemplate.active ? tr("Active") : tr("Inactive");
        default:
            return {};
        }
    }

    switch (role) {
    case TemplateIdRole:
        return secretTemplate.id;
    case NameRole:
        return secretTemplate.name;
    case SecretCountRole:
        return secretTemplate.secretCount;
    case ActiveRole:
        return secretTemplate.active;
    default:
        return {};
    }
}

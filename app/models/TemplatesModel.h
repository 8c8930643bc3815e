#pragma once

#include "models/RemoteListModel.h"
#include "secretserver/SecretTemplate.h"

// The vault's secret templates (Windows Account, Unix Account (SSH)...), e.g. for the
// template filter of the secret list. Summaries only; fields are read per template.
class TemplatesModel : public RemoteListModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, SecretCountColumn, StateColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        TemplateIdRole = ModelRow::FirstModelRole,
        NameRole,
        SecretCountRole,
        ActiveRole,
    };
    Q_ENUM(Role)

    explicit TemplatesModel(QObject *parent = nullptr);

    void setSearchText(const QString &searchText);
    const secretserver::SecretTemplate *templateAt(int row) const;

    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    int recordCount() const override { return int(m_records.size()); }

protected:
    secretserver::PendingCall *requestPage(int skip, int take, quint64 generation) override;
    int columns() const override { return ColumnCount; }
    QVariant recordData(int row, int column, int role) const override;
    void clearRecords() override { m_records.clear(); }

private:
    QString m_searchText;
    QList<secretserver::SecretTemplate> m_records;
};
